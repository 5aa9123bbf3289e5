// The transparency page's bar charts: value committed and aid disbursed in USD, by field and by year. Each canvas
// carries its figures (series split by ';', figures by ','; labels by '|'); the table beside it has the same figures
// in VND and USD, so the page says it all without this file.
(function () {
  var COLOURS = ['#a0170f', '#c99a00'];

  function draw(canvas) {
    var data = canvas.dataset;
    if (!data.labels) {
      return;
    }
    var names = data.names.split(';');
    var datasets = data.series.split(';').map(function (series, index) {
      return {
        label: names[index],
        data: series.split(',').map(Number),
        backgroundColor: COLOURS[index % COLOURS.length]
      };
    });
    new Chart(canvas, {
      type: 'bar',
      data: {labels: data.labels.split('|'), datasets: datasets},
      options: {scales: {y: {beginAtZero: true}}}
    });
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-transparency-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
