/**
 * The report's only script, inlined and allowed by its hash in the Content-Security-Policy. It reads
 * the data-* attributes of the vulnerability rows the server rendered and toggles their `hidden`
 * attribute; it never writes markup (no innerHTML, no eval). Without it every row is shown and the
 * filter form stays hidden. Before printing it opens every <details>.
 */
export const SCRIPT = `(function () {
  'use strict';
  var form = document.getElementById('vuln-filters');
  var shown = document.getElementById('vuln-shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#vuln-table tbody tr[data-severity]'));
  function value(name) {
    var field = form.elements.namedItem(name);
    return field ? field.value : '';
  }
  function apply() {
    var severity = value('severity');
    var ecosystem = value('ecosystem');
    var relation = value('relation');
    var count = 0;
    rows.forEach(function (row) {
      var show =
        (severity === '' || row.getAttribute('data-severity') === severity) &&
        (ecosystem === '' || row.getAttribute('data-ecosystem') === ecosystem) &&
        (relation === '' || row.getAttribute('data-relation') === relation);
      row.hidden = !show;
      if (show) count++;
    });
    if (shown) shown.textContent = String(count);
  }
  if (form) {
    form.hidden = false;
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
    apply();
  }
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
})();
`;
