/// Kept table cells as a Markdown table: rows and columns from the cells' positions, a header
/// row (the `<th>` row, else the first), `|` escaped. Layout tables — one column, or long cells
/// that are really paragraphs — are not tables to a reader and come back as nil.
enum MarkdownTable {
    static func render(_ cells: [Block], escape: (String) -> String) -> String? {
        let placed = cells.compactMap { b in b.cell.map { (cell: $0, text: b.text) } }
        guard placed.count == cells.count, !placed.isEmpty else { return nil }
        let rows = Dictionary(grouping: placed, by: { $0.cell.row }).sorted { $0.key < $1.key }
        let width = (placed.map(\.cell.column).max() ?? 0) + 1
        guard rows.count >= 2, width >= 2 else { return nil }
        let average = placed.reduce(0) { $0 + $1.text.count } / placed.count
        guard average <= 200 else { return nil }
        var grid: [[String]] = rows.map { row in
            var line = Array(repeating: "", count: width)
            for c in row.value { line[c.cell.column] = cellText(c.text, escape) }
            return line
        }
        if rows.first?.value.allSatisfy({ !$0.cell.isHeader }) == true, let headerRow = rows.firstIndex(where: { $0.value.contains { $0.cell.isHeader } }) {
            grid.insert(grid.remove(at: headerRow), at: 0)
        }
        var out = "| " + grid[0].joined(separator: " | ") + " |\n"
        out += "|" + Array(repeating: " --- |", count: width).joined() + "\n"
        out += grid.dropFirst().map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
        return out
    }

    private static func cellText(_ s: String, _ escape: (String) -> String) -> String {
        escape(s).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
