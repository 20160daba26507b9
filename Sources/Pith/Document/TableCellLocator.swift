/// Finds where a `<td>`/`<th>` sits in its table: the table's number in the page, the row
/// (among the table's own `<tr>`s, not those of nested tables) and the column.
struct TableCellLocator {
    private var tableNumbers: [Int: Int] = [:]
    private var rowNumbers: [Int: [Int: Int]] = [:]

    mutating func locate(_ cell: Int, in tree: DocumentTree) -> TableCell? {
        guard cell < tree.count, tree.name(of: cell) == "td" || tree.name(of: cell) == "th" else { return nil }
        var tr = tree[cell].parent
        while tr >= 0, tree.name(of: tr) != "tr", tree.name(of: tr) != "table" { tr = tree[tr].parent }
        guard tr >= 0, tree.name(of: tr) == "tr" else { return nil }
        var table = tree[tr].parent
        while table >= 0, tree.name(of: table) != "table" { table = tree[table].parent }
        guard table >= 0 else { return nil }
        let number: Int
        if let n = tableNumbers[table] { number = n } else {
            number = tableNumbers.count
            tableNumbers[table] = number
        }
        if rowNumbers[table] == nil {
            var rows: [Int: Int] = [:]
            var i = table + 1
            while i < tree[table].end {
                if tree[i].kind == .element {
                    if tree.name(of: i) == "table" { i = tree[i].end; continue }   // a nested table's rows are its own
                    if tree.name(of: i) == "tr" { rows[i] = rows.count }
                }
                i += 1
            }
            rowNumbers[table] = rows
        }
        var column = 0
        for c in tree.children(of: tr) where c < cell && (tree.name(of: c) == "td" || tree.name(of: c) == "th") { column += 1 }
        return TableCell(table: number, row: rowNumbers[table]?[tr] ?? 0, column: column, isHeader: tree.name(of: cell) == "th")
    }
}
