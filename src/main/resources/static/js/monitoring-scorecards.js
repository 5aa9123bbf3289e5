// The scorecards' line charts: the average score of the NGOs and of the aid owners year by year on the ranking, one
// subject's score on its page. Each canvas carries its figures (series split by ';', figures by ','; an empty figure is
// a gap); the table beside it has the same figures, so the page says it all without this file.
(function () {
  var COLOURS = ['#0d6efd', '#198754', '#d63384'];

  function figures(text) {
    return text.split(',').map(function (figure) {
      return figure === '' ? null : Number(figure);
    });
  }

  function draw(canvas) {
    var data = canvas.dataset;
    var names = data.names.split(';');
    var datasets = data.series.split(';').map(function (series, index) {
      return {
        label: names[index],
        data: figures(series),
        borderColor: COLOURS[index % COLOURS.length],
        backgroundColor: COLOURS[index % COLOURS.length],
        spanGaps: false,
        tension: 0
      };
    });
    new Chart(canvas, {
      type: 'line',
      data: {labels: data.labels.split('|'), datasets: datasets},
      options: {scales: {y: {min: 0, max: 100}}}
    });
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-scorecard-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
