// The results tab's charts: for each numeric indicator, its target and actual value per period as bars, the baseline
// as a dashed line. The figures come from the canvas's data-* attributes; the table beside each chart has them too.
(function () {
  function figures(text) {
    return (text || '').split('|').map(function (f) { return f === '' ? null : Number(f); });
  }

  function draw(canvas) {
    var locale = canvas.dataset.locale === 'en' ? 'en-GB' : 'vi-VN';
    var number = new Intl.NumberFormat(locale, {maximumFractionDigits: 4});
    var unit = canvas.dataset.percent === 'true' ? ' %' : '';
    var labels = canvas.dataset.labels.split('|');
    var datasets = [
      {type: 'bar', label: canvas.dataset.labelTarget, data: figures(canvas.dataset.targets),
        backgroundColor: '#adb5bd'},
      {type: 'bar', label: canvas.dataset.labelActual, data: figures(canvas.dataset.actuals),
        backgroundColor: '#0d6efd'}
    ];
    if (canvas.dataset.baseline) {
      var baseline = Number(canvas.dataset.baseline);
      datasets.push({type: 'line', label: canvas.dataset.labelBaseline, data: labels.map(function () { return baseline; }),
        borderColor: '#6c757d', borderDash: [6, 4], pointRadius: 0, borderWidth: 2});
    }
    new Chart(canvas, {
      data: {labels: labels, datasets: datasets},
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {y: {beginAtZero: true, max: unit ? 100 : undefined,
          ticks: {callback: function (value) { return number.format(value) + unit; }}}},
        plugins: {legend: {labels: {boxWidth: 12}}, tooltip: {callbacks: {label: function (ctx) {
          return ctx.dataset.label + ': ' + number.format(ctx.parsed.y) + unit;
        }}}}
      }
    });
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.aid-results-chart').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
