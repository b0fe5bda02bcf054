// On a narrow screen each table row is stacked into a block (sanctuary.css); each cell is then
// labelled with its column's heading, so that a stacked row still says what each value is.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('main table').forEach((table) => {
    const headings = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent.trim());
    table.querySelectorAll('tbody tr').forEach((row) => {
      Array.from(row.children).forEach((cell, column) => {
        if (headings[column] && !cell.hasAttribute('data-label')) {
          cell.setAttribute('data-label', headings[column]);
        }
      });
    });
  });
});

// A form htmx posts that is refused (400: a field is wrong; 409: a rule of the record) answers with
// the same page, its problems said beside the form: show it, as a browser without htmx does. htmx
// leaves a 4xx answer unshown by default, which left the user with a button that did nothing.
document.addEventListener('htmx:beforeSwap', (event) => {
  const status = event.detail.xhr.status;
  if ((status === 400 || status === 409) && event.detail.requestConfig.verb === 'post') {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
