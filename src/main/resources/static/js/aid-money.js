// The money tab's chart: cumulative aid disbursements against commitments, in VND. The figures come from the canvas's
// data-* attributes; the same figures are in the table under the chart, so the page says it all without this file.
(function () {
  function numbers(text) {
    return text ? text.split(',').map(Number) : [];
  }

  function draw() {
    var canvas = document.getElementById('aid-money-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var locale = canvas.dataset.locale === 'en' ? 'en-GB' : 'vi-VN';
    var money = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: canvas.dataset.dates ? canvas.dataset.dates.split(',') : [],
        datasets: [
          {label: canvas.dataset.labelCommitted, data: numbers(canvas.dataset.committed), stepped: true,
            borderDash: [6, 4], borderColor: '#6c757d', backgroundColor: '#6c757d', pointStyle: 'rect', pointRadius: 4},
          {label: canvas.dataset.labelDisbursed, data: numbers(canvas.dataset.disbursed), stepped: true,
            borderColor: '#0d6efd', backgroundColor: '#0d6efd', pointStyle: 'circle', pointRadius: 4}
        ]
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {y: {beginAtZero: true, ticks: {callback: function (value) { return money.format(value); }}}},
        plugins: {tooltip: {callbacks: {label: function (ctx) {
          return ctx.dataset.label + ': ' + money.format(ctx.parsed.y) + ' ₫';
        }}}}
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
