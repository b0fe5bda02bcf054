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
