//! A small Markdown reader: lines outside code fences, pipe tables, cell clean-up.

/// One line of a document, numbered from 1, with whether it sits inside a ``` fence.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    pub(crate) number: usize,
    pub(crate) text: &'a str,
    pub(crate) fenced: bool,
}

/// Splits `text` into numbered lines, marking those inside (or opening/closing) code fences,
/// so that `# comment` lines of a Python example are never taken for headings.
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    let mut in_fence = false;
    text.lines()
        .enumerate()
        .map(|(index, text)| {
            let fence = text.trim_start().starts_with("```");
            let fenced = in_fence || fence;
            if fence {
                in_fence = !in_fence;
            }
            Line {
                number: index + 1,
                text,
                fenced,
            }
        })
        .collect()
}

/// A pipe table: header cells and body rows with their line numbers.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub(crate) header: Vec<String>,
    pub(crate) rows: Vec<Row>,
}

/// One body row of a [`Table`].
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) line: usize,
    pub(crate) cells: Vec<String>,
}

impl Row {
    /// The cell at `index`, or `""` when the row is short.
    pub(crate) fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", String::as_str)
    }

    /// The last column of a table `width` columns wide (a `|` inside an earlier cell may have
    /// split it further, so the last cell is taken, never the `width - 1`th).
    pub(crate) fn last(&self, width: usize) -> &str {
        if self.cells.len() >= width {
            self.cells.last().map_or("", String::as_str)
        } else {
            ""
        }
    }
}

impl Row {
    /// The cells from `from` up to, not including, the last column of a table `width` columns
    /// wide (the notes), joined back with ` | `: a `|` inside a description splits it.
    pub(crate) fn between(&self, from: usize, width: usize) -> String {
        let end = if self.cells.len() >= width {
            self.cells.len() - 1
        } else {
            self.cells.len()
        };
        self.cells.get(from..end).unwrap_or_default().join(" | ")
    }

    /// The cells from `from` to the end of the row, joined back with ` | `.
    pub(crate) fn rest(&self, from: usize) -> String {
        self.cells.get(from..).unwrap_or_default().join(" | ")
    }
}

impl Table {
    /// The index of the header cell named `name` (case-insensitive).
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }
}

fn is_separator(text: &str) -> bool {
    let t = text.trim();
    t.contains('-') && t.chars().all(|c| matches!(c, '-' | '|' | ':' | ' ' | '\t'))
}

/// Splits a table line on unescaped `|`, dropping an outer pipe on a side where the header
/// has one (so a trailing `| ` in a headerless-pipe table still yields an empty last cell).
fn split(text: &str, strip_left: bool, strip_right: bool) -> Vec<String> {
    let mut t = text.trim();
    if strip_left {
        t = t.strip_prefix('|').unwrap_or(t);
    }
    if strip_right && !t.ends_with("\\|") {
        t = t.strip_suffix('|').unwrap_or(t);
    }
    let mut cells = Vec::new();
    let mut current = String::new();
    let mut previous = '\0';
    for c in t.chars() {
        if c == '|' && previous != '\\' {
            cells.push(current.trim().to_string());
            current.clear();
        } else {
            current.push(c);
        }
        previous = c;
    }
    cells.push(current.trim().to_string());
    cells
}

/// Reads the table whose header is at `lines[start]`; `None` unless a separator row follows.
/// The table ends at the first blank line or line without a `|`.
pub(crate) fn read_table(lines: &[Line<'_>], start: usize) -> Option<Table> {
    let header_line = lines.get(start)?;
    let separator = lines.get(start + 1)?;
    if header_line.fenced || !header_line.text.contains('|') || !is_separator(separator.text) {
        return None;
    }
    let trimmed = header_line.text.trim();
    let (left, right) = (trimmed.starts_with('|'), trimmed.ends_with('|'));
    let header = split(header_line.text, left, right);
    let rows = lines[start + 2..]
        .iter()
        .take_while(|l| !l.fenced && !l.text.trim().is_empty() && l.text.contains('|'))
        .map(|l| Row {
            line: l.number,
            cells: split(l.text, left, right),
        })
        .collect();
    Some(Table { header, rows })
}

/// The first table starting at or after `from` and before `to` (a heading ends the search).
pub(crate) fn table_after(lines: &[Line<'_>], from: usize, to: usize) -> Option<Table> {
    for index in from..to.min(lines.len()) {
        let line = &lines[index];
        if line.fenced {
            continue;
        }
        if index > from && line.text.starts_with('#') {
            return None;
        }
        if let Some(table) = read_table(lines, index) {
            return Some(table);
        }
    }
    None
}

/// The first non-blank line after `index` (skipping fence markers), before `to`.
pub(crate) fn next_text<'a>(lines: &[Line<'a>], index: usize, to: usize) -> Option<Line<'a>> {
    lines[index + 1..to.min(lines.len())]
        .iter()
        .find(|l| !l.text.trim().is_empty())
        .copied()
}

/// Index of the first unfenced line in `from..to` whose trimmed text equals `heading`.
pub(crate) fn find_heading(
    lines: &[Line<'_>],
    from: usize,
    to: usize,
    heading: &str,
) -> Option<usize> {
    (from..to.min(lines.len())).find(|&i| !lines[i].fenced && lines[i].text.trim() == heading)
}

/// `[**Name**](Name.md)` -> `**Name**`; `[`X`](x.md)` -> `` `X` ``; anything else unchanged.
pub(crate) fn link_text(cell: &str) -> &str {
    let cell = cell.trim();
    if let Some(rest) = cell.strip_prefix('[') {
        if let Some(end) = rest.find("](") {
            return rest[..end].trim();
        }
    }
    cell
}

/// Strips links, `**bold**` and `` `code` `` wrappers: `[**list[str]**](str.md)` -> `list[str]`.
pub(crate) fn plain(cell: &str) -> &str {
    let mut text = link_text(cell);
    loop {
        let before = text;
        text = text.trim();
        if let Some(inner) = text.strip_prefix("**").and_then(|t| t.strip_suffix("**")) {
            text = inner;
        }
        if let Some(inner) = text.strip_prefix('`').and_then(|t| t.strip_suffix('`')) {
            text = inner;
        }
        if text == before {
            return text;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_hide_python_comments() {
        let text = "# Title\n```python\n# comment\n```\n# **op**\n";
        let lines = lines(text);
        let unfenced: Vec<&str> = lines.iter().filter(|l| !l.fenced).map(|l| l.text).collect();
        assert_eq!(unfenced, ["# Title", "# **op**"]);
        assert_eq!(lines[4].number, 5);
    }

    #[test]
    fn table_without_outer_pipes_keeps_empty_last_cell() {
        let text = "Name | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **body** | [**LoginCredentials**](LoginCredentials.md)| The credentials. | \n **x** | **str**| a | b | [optional] \n\nafter | not";
        let lines = lines(text);
        let table = read_table(&lines, 0).expect("table");
        assert_eq!(table.header, ["Name", "Type", "Description", "Notes"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].cells.len(), 4);
        assert_eq!(table.rows[0].last(4), "");
        assert_eq!(table.rows[0].line, 3);
        // a pipe inside the description splits it, yet the notes stay the last cell
        assert_eq!(table.rows[1].last(4), "[optional]");
        assert_eq!(table.rows[0].between(2, 4), "The credentials.");
        assert_eq!(table.rows[1].between(2, 4), "a | b");
        assert_eq!(table.rows[1].rest(3), "b | [optional]");
        assert_eq!(plain(table.rows[0].cell(1)), "LoginCredentials");
    }

    #[test]
    fn table_with_outer_pipes() {
        let text = "| Parameter | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `body` | [`LogInRequest`](../../doc/models/log-in-request.md) | Body, Optional | a \\| b |";
        let lines = lines(text);
        let table = read_table(&lines, 0).expect("table");
        assert_eq!(table.header, ["Parameter", "Type", "Tags", "Description"]);
        let row = &table.rows[0];
        assert_eq!(row.cells.len(), 4);
        assert_eq!(plain(row.cell(0)), "body");
        assert_eq!(plain(row.cell(1)), "LogInRequest");
        assert_eq!(row.cell(2), "Body, Optional");
        assert_eq!(table.column("tags"), Some(2));
    }

    #[test]
    fn plain_strips_wrappers() {
        assert_eq!(plain("[**list[str]**](str.md)"), "list[str]");
        assert_eq!(plain("**\\DateTime**"), "\\DateTime");
        assert_eq!(plain("`String`"), "String");
        assert_eq!(
            plain("[`List<ErrorData>`](../../doc/models/error-data.md)"),
            "List<ErrorData>"
        );
        assert_eq!(plain("plain words"), "plain words");
    }

    #[test]
    fn no_table_without_separator() {
        let lines = lines("a | b\nc | d\n");
        assert!(read_table(&lines, 0).is_none());
    }
}
