// The funnel board's chart: how many interests reached each stage. The same figures are in the table beside it, so
// the page says it all without this file.
(function () {
  function draw() {
    var canvas = document.getElementById('funnel-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: canvas.dataset.labels.split('|'),
        datasets: [{label: canvas.dataset.labelReached, data: canvas.dataset.reached.split(',').map(Number),
          backgroundColor: '#0d6efd'}]
      },
      options: {indexAxis: 'y', plugins: {legend: {display: false}}, scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
