// A yearly plan's budget chart: planned against spent (VND) by type of activity. The figures come from the table
// beside the chart (its rows' headings and data-value cells), so the page says it all without this file.
(function () {
  // a type's name is long: the axis shows its start, the table beside the chart the whole of it
  function shortened(text) {
    return text.length > 34 ? text.substring(0, 33) + '…' : text;
  }

  function draw() {
    var canvas = document.getElementById('plan-budget-chart');
    var table = document.getElementById('budget-table');
    if (!canvas || !table || typeof Chart === 'undefined') {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var headings = table.querySelectorAll('thead th');
    var column = function (index) {
      return rows.map(function (row) { return Number(row.querySelectorAll('td')[index].dataset.value); });
    };
    var locale = canvas.dataset.locale === 'en' ? 'en-GB' : 'vi-VN';
    var money = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (row) { return shortened(row.querySelector('th').textContent.trim()); }),
        datasets: [
          {label: headings[1].textContent.trim(), data: column(0), backgroundColor: '#adb5bd'},
          {label: headings[2].textContent.trim(), data: column(1), backgroundColor: '#0d6efd'}
        ]
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        indexAxis: 'y',
        scales: {x: {beginAtZero: true, ticks: {callback: function (value) { return money.format(value); }}}},
        plugins: {tooltip: {callbacks: {label: function (ctx) {
          return ctx.dataset.label + ': ' + money.format(ctx.parsed.x) + ' ₫';
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
