// The pledges' chart: money pledged, committed and disbursed by year, in VND. The table beside it has the same
// figures, so the page says it all without this file.
(function () {
  function numbers(text) {
    return text.split(',').map(Number);
  }

  function draw() {
    var canvas = document.getElementById('pledge-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = canvas.dataset;
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels.split('|'),
        datasets: [
          {label: data.labelPledged, data: numbers(data.pledged), backgroundColor: '#6ea8fe'},
          {label: data.labelCommitted, data: numbers(data.committed), backgroundColor: '#0d6efd'},
          {label: data.labelDisbursed, data: numbers(data.disbursed), backgroundColor: '#198754'}
        ]
      },
      options: {scales: {y: {beginAtZero: true}}}
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
