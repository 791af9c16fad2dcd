//! Syntax highlighting for the three languages the page shows: Python
//! (`views.py`), Django templates and SQL. Each tokenizer splits its input
//! into `(TokenKind, &str)` pieces that concatenate back to the input
//! exactly, so the page renders them as text nodes inside `<span>`s and
//! never as HTML.
//!
//! Also lays SQL out for the query log: the `SELECT` column list as its own
//! part (the page collapses it to `SELECT •••`) and one line per clause.
//!
//! Why hand-written: the sources are the lesson's own dozen short files and
//! the SQL Django's compiler writes, a small regular dialect. `sqlformat`
//! (0.5, on winnow and unicode_categories) formats a statement into a new
//! string, which loses the token boundaries we need to collapse the column
//! list and to colour tokens, and a grammar-based highlighter (syntect,
//! tree-sitter) costs hundreds of kilobytes of wasm for three tiny
//! languages. These ~300 lines cost a few kilobytes and are tested here.
//!
//! Nothing here knows about Yew or the DOM.

/// What a piece of source is, for its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// `def`, `for`, `SELECT`, `{% if %}`'s `if`.
    Keyword,
    /// Built-in names and SQL functions: `print`, `COUNT`, `True`.
    Builtin,
    /// Identifiers, SQL's quoted identifiers.
    Name,
    /// String literals.
    String,
    Number,
    Comment,
    /// Operators and punctuation.
    Punct,
    /// SQL's `%s` placeholder.
    Placeholder,
    /// `@require_POST`.
    Decorator,
    /// `{%`, `%}`, `{{`, `}}`.
    Delimiter,
    /// A template filter after `|`: `length`.
    Filter,
    /// HTML markup in a template: `<p>`.
    Markup,
    /// Plain text and whitespace.
    Text,
}

impl TokenKind {
    /// The CSS class the page styles the token with.
    pub fn class(self) -> &'static str {
        match self {
            TokenKind::Keyword => "tok-kw",
            TokenKind::Builtin => "tok-bi",
            TokenKind::Name => "tok-name",
            TokenKind::String => "tok-str",
            TokenKind::Number => "tok-num",
            TokenKind::Comment => "tok-com",
            TokenKind::Punct => "tok-punct",
            TokenKind::Placeholder => "tok-ph",
            TokenKind::Decorator => "tok-deco",
            TokenKind::Delimiter => "tok-delim",
            TokenKind::Filter => "tok-filter",
            TokenKind::Markup => "tok-markup",
            TokenKind::Text => "tok-text",
        }
    }
}

/// A piece of source with its kind.
pub type Token<'a> = (TokenKind, &'a str);

/// Which tokenizer to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    Python,
    DjangoTemplate,
    Sql,
}

/// Tokenizes `src` as `language`.
pub fn tokens(language: Language, src: &str) -> Vec<Token<'_>> {
    match language {
        Language::Python => python(src),
        Language::DjangoTemplate => django_template(src),
        Language::Sql => sql(src),
    }
}

const PYTHON_KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
    "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];
const PYTHON_BUILTINS: &[&str] = &[
    "None", "True", "False", "self", "len", "print", "range", "list", "dict", "str", "int", "super",
];

/// Tokenizes Python source.
pub fn python(src: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut s = Scanner::new(src);
    while let Some(c) = s.peek() {
        let start = s.pos;
        let kind = if c == '#' {
            s.take_while(|c| c != '\n');
            TokenKind::Comment
        } else if c == '@' {
            s.bump();
            s.take_while(is_word_char);
            TokenKind::Decorator
        } else if is_string_start(s.rest()) {
            s.python_string();
            TokenKind::String
        } else {
            let number = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '_';
            common_token(&mut s, c, number, |word| {
                if PYTHON_KEYWORDS.contains(&word) {
                    TokenKind::Keyword
                } else if PYTHON_BUILTINS.contains(&word) {
                    TokenKind::Builtin
                } else {
                    TokenKind::Name
                }
            })
        };
        push(&mut out, kind, &src[start..s.pos]);
    }
    out
}

/// Whether `rest` starts a Python string literal (with an optional
/// `f`/`r`/`b` prefix).
fn is_string_start(rest: &str) -> bool {
    let after_prefix = rest.trim_start_matches(['f', 'r', 'b', 'F', 'R', 'B']);
    let prefix_len = rest.len() - after_prefix.len();
    prefix_len <= 2 && (after_prefix.starts_with('\'') || after_prefix.starts_with('"'))
}

const TEMPLATE_KEYWORDS: &[&str] = &[
    "for",
    "endfor",
    "in",
    "if",
    "elif",
    "else",
    "endif",
    "not",
    "and",
    "or",
    "url",
    "csrf_token",
    "with",
    "endwith",
    "block",
    "endblock",
    "extends",
    "include",
    "load",
    "empty",
];

/// Tokenizes a Django template: text and markup outside tags, code inside
/// `{{ }}` and `{% %}`, comments in `{# #}`.
pub fn django_template(src: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest_start = 0;
    let mut pos = 0;
    while pos < src.len() {
        let tail = &src[pos..];
        let close = match tail.get(..2) {
            Some("{{") => Some("}}"),
            Some("{%") => Some("%}"),
            Some("{#") => Some("#}"),
            _ => None,
        };
        let Some(close) = close else {
            pos += tail.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        markup(&mut out, &src[rest_start..pos]);
        let end = tail[2..]
            .find(close)
            .map_or(src.len(), |at| pos + 2 + at + 2);
        let tag = &src[pos..end];
        if close == "#}" {
            push(&mut out, TokenKind::Comment, tag);
        } else {
            push(&mut out, TokenKind::Delimiter, &tag[..2]);
            let inner_end = if tag.len() >= 4 && tag.ends_with(close) {
                tag.len() - 2
            } else {
                tag.len()
            };
            template_code(&mut out, &tag[2..inner_end], close == "%}");
            push(&mut out, TokenKind::Delimiter, &tag[inner_end..]);
        }
        pos = end;
        rest_start = end;
    }
    markup(&mut out, &src[rest_start..]);
    out
}

/// Text between template tags: HTML tags as markup, the rest as text.
fn markup<'a>(out: &mut Vec<Token<'a>>, text: &'a str) {
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        push(out, TokenKind::Text, &rest[..open]);
        let after = &rest[open..];
        let len = after.find('>').map_or(after.len(), |at| at + 1);
        push(out, TokenKind::Markup, &after[..len]);
        rest = &after[len..];
    }
    push(out, TokenKind::Text, rest);
}

/// The code inside `{{ }}` or `{% %}`.
fn template_code<'a>(out: &mut Vec<Token<'a>>, code: &'a str, is_tag: bool) {
    let mut s = Scanner::new(code);
    let mut after_pipe = false;
    while let Some(c) = s.peek() {
        let start = s.pos;
        let kind = if c == '\'' || c == '"' {
            s.python_string();
            TokenKind::String
        } else if c.is_ascii_digit() {
            s.take_while(|c| c.is_ascii_alphanumeric());
            TokenKind::Number
        } else if is_word_char(c) {
            let word = s.take_while(is_word_char);
            if after_pipe {
                after_pipe = false;
                TokenKind::Filter
            } else if is_tag && TEMPLATE_KEYWORDS.contains(&word) {
                TokenKind::Keyword
            } else {
                TokenKind::Name
            }
        } else if c.is_whitespace() {
            s.take_while(char::is_whitespace);
            TokenKind::Text
        } else {
            after_pipe = c == '|';
            s.bump();
            TokenKind::Punct
        };
        push(out, kind, &code[start..s.pos]);
    }
}

const SQL_KEYWORDS: &[&str] = &[
    "ALL",
    "AND",
    "AS",
    "ASC",
    "BEGIN",
    "BETWEEN",
    "BY",
    "CASE",
    "COMMIT",
    "CROSS",
    "DELETE",
    "DESC",
    "DISTINCT",
    "ELSE",
    "END",
    "ESCAPE",
    "EXISTS",
    "FROM",
    "GROUP",
    "HAVING",
    "IGNORE",
    "IN",
    "INNER",
    "INSERT",
    "INTO",
    "IS",
    "JOIN",
    "LEFT",
    "LIKE",
    "LIMIT",
    "NOT",
    "NULL",
    "OFFSET",
    "ON",
    "OR",
    "ORDER",
    "OUTER",
    "RELEASE",
    "ROLLBACK",
    "SAVEPOINT",
    "SELECT",
    "SET",
    "THEN",
    "UNION",
    "UPDATE",
    "VALUES",
    "WHEN",
    "WHERE",
];
const SQL_FUNCTIONS: &[&str] = &[
    "AVG", "CAST", "COALESCE", "COUNT", "MAX", "MIN", "SUM", "QUOTE",
];

/// Tokenizes SQL as Django's compiler and SQLite write it.
pub fn sql(src: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut s = Scanner::new(src);
    while let Some(c) = s.peek() {
        let start = s.pos;
        let kind = if c == '"' || c == '`' {
            s.quoted(c);
            TokenKind::Name
        } else if c == '\'' {
            s.quoted('\'');
            TokenKind::String
        } else if (c == 'X' || c == 'x') && s.rest()[1..].starts_with('\'') {
            s.bump();
            s.quoted('\'');
            TokenKind::String
        } else if c == '%' && s.rest()[1..].starts_with('s') {
            s.bump();
            s.bump();
            TokenKind::Placeholder
        } else if c == '-' && s.rest()[1..].starts_with('-') {
            s.take_while(|c| c != '\n');
            TokenKind::Comment
        } else {
            let number = |c: char| c.is_ascii_alphanumeric() || c == '.';
            common_token(&mut s, c, number, |word| {
                let upper = word.to_ascii_uppercase();
                if SQL_KEYWORDS.contains(&upper.as_str()) {
                    TokenKind::Keyword
                } else if SQL_FUNCTIONS.contains(&upper.as_str()) {
                    TokenKind::Builtin
                } else {
                    TokenKind::Name
                }
            })
        };
        push(&mut out, kind, &src[start..s.pos]);
    }
    out
}

/// The tokens Python and SQL read alike: numbers (whose characters differ
/// a little), words (each language names its keywords), whitespace and
/// single punctuation characters.
fn common_token(
    s: &mut Scanner,
    c: char,
    number: impl Fn(char) -> bool,
    word: impl Fn(&str) -> TokenKind,
) -> TokenKind {
    if c.is_ascii_digit() {
        s.take_while(number);
        TokenKind::Number
    } else if is_word_char(c) {
        word(s.take_while(is_word_char))
    } else if c.is_whitespace() {
        s.take_while(char::is_whitespace);
        TokenKind::Text
    } else {
        s.bump();
        TokenKind::Punct
    }
}

/// Splits a token list into lines (at `\n`, which is dropped), for a code
/// panel with line numbers.
pub fn lines<'a>(tokens: &[Token<'a>]) -> Vec<Vec<Token<'a>>> {
    let mut out = vec![Vec::new()];
    for &(kind, text) in tokens {
        let mut parts = text.split('\n');
        if let Some(first) = parts.next() {
            push_line(&mut out, kind, first);
        }
        for part in parts {
            out.push(Vec::new());
            push_line(&mut out, kind, part);
        }
    }
    out
}

fn push_line<'a>(out: &mut [Vec<Token<'a>>], kind: TokenKind, text: &'a str) {
    if let Some(line) = out.last_mut() {
        push(line, kind, text);
    }
}

/// A `SELECT` statement cut around its column list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelectList<'a> {
    /// `SELECT` or `SELECT DISTINCT`.
    pub head: &'a str,
    /// The column list, trimmed.
    pub columns: &'a str,
    /// How many columns (top-level commas plus one).
    pub column_count: usize,
    /// From `FROM` on.
    pub rest: &'a str,
}

/// Finds the column list of a `SELECT ... FROM ...` statement (`None` for
/// anything else, or a `SELECT` without `FROM`).
pub fn split_select(sql_text: &str) -> Option<SelectList<'_>> {
    let toks = sql(sql_text);
    let mut offsets = Vec::with_capacity(toks.len());
    let mut at = 0;
    for (_, text) in &toks {
        offsets.push(at);
        at += text.len();
    }
    let mut significant = toks
        .iter()
        .enumerate()
        .filter(|(_, (kind, _))| *kind != TokenKind::Text);
    let (_, first) = significant.next()?;
    if !first.1.eq_ignore_ascii_case("SELECT") {
        return None;
    }
    let mut head_end = offsets[0] + first.1.len();
    let mut depth = 0usize;
    let mut commas = 0;
    let mut columns_start = None;
    for (i, (kind, text)) in significant {
        if columns_start.is_none()
            && *kind == TokenKind::Keyword
            && text.eq_ignore_ascii_case("DISTINCT")
        {
            head_end = offsets[i] + text.len();
            continue;
        }
        if columns_start.is_none() {
            columns_start = Some(offsets[i]);
        }
        match (*kind, *text) {
            (TokenKind::Punct, "(") => depth += 1,
            (TokenKind::Punct, ")") => depth = depth.saturating_sub(1),
            (TokenKind::Punct, ",") if depth == 0 => commas += 1,
            (TokenKind::Keyword, word) if depth == 0 && word.eq_ignore_ascii_case("FROM") => {
                let start = columns_start.unwrap_or(offsets[i]);
                return Some(SelectList {
                    head: sql_text[..head_end].trim(),
                    columns: sql_text[start..offsets[i]].trim(),
                    column_count: commas + 1,
                    rest: &sql_text[offsets[i]..],
                });
            }
            _ => {}
        }
    }
    None
}

/// Keywords that start a new line in the query log's layout.
const CLAUSE_STARTS: &[&str] = &[
    "FROM", "WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "INNER", "LEFT", "CROSS", "VALUES",
    "SET", "UNION",
];

/// Cuts SQL into one line per top-level clause (`FROM`, `INNER JOIN`,
/// `WHERE`, `ORDER BY`, `LIMIT`, ...); subqueries in parentheses stay on
/// their clause's line.
pub fn sql_clauses(sql_text: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    let mut depth = 0usize;
    let mut at = 0;
    let mut previous_keyword: Option<&str> = None;
    for (kind, text) in sql(sql_text) {
        match kind {
            TokenKind::Punct if text == "(" => depth += 1,
            TokenKind::Punct if text == ")" => depth = depth.saturating_sub(1),
            TokenKind::Keyword if depth == 0 && at > 0 => {
                let upper = text.to_ascii_uppercase();
                let after_join_word = previous_keyword.is_some_and(|p| {
                    ["INNER", "LEFT", "OUTER", "CROSS"]
                        .iter()
                        .any(|w| p.eq_ignore_ascii_case(w))
                });
                let starts = CLAUSE_STARTS.contains(&upper.as_str())
                    || (upper == "JOIN" && !after_join_word);
                if starts && !after_join_word {
                    cuts.push(at);
                }
            }
            _ => {}
        }
        if kind == TokenKind::Keyword {
            previous_keyword = Some(text);
        } else if kind != TokenKind::Text {
            previous_keyword = None;
        }
        at += text.len();
    }
    cuts.push(sql_text.len());
    cuts.windows(2)
        .map(|w| sql_text[w[0]..w[1]].trim())
        .filter(|line| !line.is_empty())
        .collect()
}

/// A piece of a statement as the query log lays it out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// SQL shown as it is.
    Sql(&'a str),
    /// A run of plain column references (`"t"."a", "t"."b"`) in a `SELECT`
    /// or `GROUP BY` list, folded to `•••`: the learner needs to see what
    /// is computed (`COUNT(...) AS "comment__count"`), not every column.
    Columns { text: &'a str, count: usize },
    /// The middle of a long `IN (...)` list (`values` values left out) or
    /// of a long string literal (`values` is 0), cut to `…`.
    Elided { text: &'a str, values: usize },
}

impl Piece<'_> {
    /// The piece as a row shows it: folds as `•••`, cuts as `…`.
    pub fn shown(&self) -> &str {
        match self {
            Piece::Sql(text) => text,
            Piece::Columns { .. } => "•••",
            Piece::Elided { .. } => "…",
        }
    }
}

/// The pieces joined as a row shows them (for tests and titles).
pub fn shown(pieces: &[Piece<'_>]) -> String {
    pieces.iter().map(Piece::shown).collect()
}

/// A statement laid out for one row of the query log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowLayout<'a> {
    /// The verb, what it selects, `FROM` and the joins: the row may cut
    /// this at its end when the row is narrow (that is the statement's
    /// middle).
    pub head: Vec<Piece<'a>>,
    /// From the first top-level `WHERE`, `GROUP BY`, `ORDER BY`, `LIMIT`
    /// or `VALUES` to the end, with the parameter values: the row always
    /// shows its end, since that is where queries of one page differ.
    pub tail: Vec<Piece<'a>>,
}

/// Keywords whose first top-level occurrence starts a row's tail.
const TAIL_STARTS: &[&str] = &[
    "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES",
];
/// Keywords that end a `SELECT` or `GROUP BY` list.
const LIST_ENDS: &[&str] = &[
    "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "UNION", "WINDOW",
];
/// `IN (...)` lists longer than this keep their first [`IN_HEAD`] values
/// and their last one (the lesson's ten article ids stay whole).
const IN_KEEP: usize = 12;
const IN_HEAD: usize = 3;
/// String literals longer than this many characters keep their first
/// [`LITERAL_HEAD`] and last [`LITERAL_TAIL`] characters.
const LITERAL_KEEP: usize = 60;
const LITERAL_HEAD: usize = 28;
const LITERAL_TAIL: usize = 12;

/// Lays `sql_text` (as `connection.queries` shows it, parameters inlined)
/// out for one log row: plain column lists folded, long `IN` lists and
/// literals cut in their middle, and split into a head the row may cut
/// and a tail it always shows.
pub fn row_layout(sql_text: &str) -> RowLayout<'_> {
    let cut = tail_start(sql_text).unwrap_or(sql_text.len());
    let mut head = Vec::new();
    let mut tail = Vec::new();
    let mut at = 0;
    for piece in pieces(sql_text) {
        let len = piece_text(&piece).len();
        match piece {
            Piece::Sql(text) if at < cut && cut < at + len => {
                head.push(Piece::Sql(&text[..cut - at]));
                tail.push(Piece::Sql(&text[cut - at..]));
            }
            _ if at < cut => head.push(piece),
            _ => tail.push(piece),
        }
        at += len;
    }
    RowLayout {
        head: trimmed(head),
        tail: trimmed(tail),
    }
}

/// The source text a piece stands for.
fn piece_text<'a>(piece: &Piece<'a>) -> &'a str {
    match *piece {
        Piece::Sql(text) | Piece::Columns { text, .. } | Piece::Elided { text, .. } => text,
    }
}

/// Drops the whitespace at both ends of a piece list.
fn trimmed(mut pieces: Vec<Piece<'_>>) -> Vec<Piece<'_>> {
    if let Some(Piece::Sql(text)) = pieces.first_mut() {
        *text = text.trim_start();
    }
    if let Some(Piece::Sql(text)) = pieces.last_mut() {
        *text = text.trim_end();
    }
    pieces.retain(|p| !matches!(p, Piece::Sql("")));
    pieces
}

/// Where the tail of a row starts: the first top-level keyword of
/// [`TAIL_STARTS`] after the first token.
fn tail_start(sql_text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = 0;
    for (kind, text) in sql(sql_text) {
        match kind {
            TokenKind::Punct if text == "(" => depth += 1,
            TokenKind::Punct if text == ")" => depth = depth.saturating_sub(1),
            TokenKind::Keyword if depth == 0 && at > 0 && is_one_of(text, TAIL_STARTS) => {
                return Some(at)
            }
            _ => {}
        }
        at += text.len();
    }
    None
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A token with its byte offset.
type Located<'a> = (usize, TokenKind, &'a str);

/// `sql_text` (a statement or one of its clauses) in pieces: the runs of
/// plain column references of its top-level `SELECT` and `GROUP BY` lists
/// folded, the middle of long `IN (...)` lists and string literals cut.
/// The pieces' texts concatenate back to `sql_text`.
pub fn pieces(sql_text: &str) -> Vec<Piece<'_>> {
    let mut at = 0;
    let toks: Vec<Located<'_>> = sql(sql_text)
        .into_iter()
        .filter_map(|(kind, text)| {
            let start = at;
            at += text.len();
            (kind != TokenKind::Text).then_some((start, kind, text))
        })
        .collect();
    // (start, end, piece kind) of every fold and cut, in order.
    let mut marks: Vec<(usize, usize, Mark)> = column_runs(&toks);
    marks.extend(long_in_lists(&toks));
    marks.extend(long_literals(&toks, &marks));
    crate::sort::sort_by_key(&mut marks, |m| m.0);
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, mark) in marks {
        if start < at {
            continue;
        }
        if start > at {
            out.push(Piece::Sql(&sql_text[at..start]));
        }
        let text = &sql_text[start..end];
        out.push(match mark {
            Mark::Columns(count) => Piece::Columns { text, count },
            Mark::Elided(values) => Piece::Elided { text, values },
        });
        at = end;
    }
    if at < sql_text.len() {
        out.push(Piece::Sql(&sql_text[at..]));
    }
    out
}

#[derive(Clone, Copy, Debug)]
enum Mark {
    Columns(usize),
    Elided(usize),
}

/// Runs of two or more plain column references in the top-level `SELECT`
/// and `GROUP BY` lists.
fn column_runs(toks: &[Located<'_>]) -> Vec<(usize, usize, Mark)> {
    let mut out = Vec::new();
    let mut in_list = false;
    let mut depth = 0usize;
    // The current item's tokens and the current run's (start, end, count).
    let mut item: Vec<Located<'_>> = Vec::new();
    let mut run: Option<(usize, usize, usize)> = None;
    let mut previous: Option<&str> = None;
    let end_item = |item: &mut Vec<Located<'_>>,
                    run: &mut Option<(usize, usize, usize)>,
                    out: &mut Vec<(usize, usize, Mark)>| {
        let plain = is_plain_column(item);
        if let (true, Some(&(start, ..)), Some(&(last, _, text))) =
            (plain, item.first(), item.last())
        {
            let end = last + text.len();
            *run = Some(match *run {
                Some((s, _, n)) => (s, end, n + 1),
                None => (start, end, 1),
            });
        } else if !item.is_empty() {
            flush_run(run, out);
        }
        item.clear();
    };
    for &(start, kind, text) in toks {
        let keyword = kind == TokenKind::Keyword && depth == 0;
        if keyword && text.eq_ignore_ascii_case("SELECT") {
            end_item(&mut item, &mut run, &mut out);
            flush_run(&mut run, &mut out);
            in_list = true;
        } else if keyword
            && text.eq_ignore_ascii_case("BY")
            && previous.is_some_and(|p| p.eq_ignore_ascii_case("GROUP"))
        {
            in_list = true;
        } else if keyword && is_one_of(text, LIST_ENDS) {
            end_item(&mut item, &mut run, &mut out);
            flush_run(&mut run, &mut out);
            in_list = false;
        } else if in_list && keyword && item.is_empty() && text.eq_ignore_ascii_case("DISTINCT") {
        } else if in_list && depth == 0 && kind == TokenKind::Punct && text == "," {
            end_item(&mut item, &mut run, &mut out);
        } else if in_list {
            item.push((start, kind, text));
        }
        match (kind, text) {
            (TokenKind::Punct, "(") => depth += 1,
            (TokenKind::Punct, ")") => depth = depth.saturating_sub(1),
            _ => {}
        }
        previous = Some(text);
    }
    end_item(&mut item, &mut run, &mut out);
    flush_run(&mut run, &mut out);
    out
}

fn flush_run(run: &mut Option<(usize, usize, usize)>, out: &mut Vec<(usize, usize, Mark)>) {
    if let Some((start, end, count)) = run.take() {
        if count >= 2 {
            out.push((start, end, Mark::Columns(count)));
        }
    }
}

/// `"table"."column"` or `"column"`.
fn is_plain_column(item: &[Located<'_>]) -> bool {
    let quoted = |t: &Located<'_>| t.1 == TokenKind::Name && t.2.starts_with('"');
    match item {
        [name] => quoted(name),
        [table, (_, TokenKind::Punct, "."), column] => quoted(table) && quoted(column),
        _ => false,
    }
}

/// The middle of every `IN (...)` list of more than [`IN_KEEP`] literal
/// values.
fn long_in_lists(toks: &[Located<'_>]) -> Vec<(usize, usize, Mark)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < toks.len() {
        let (_, kind, text) = toks[i];
        let opens = kind == TokenKind::Keyword
            && text.eq_ignore_ascii_case("IN")
            && toks[i + 1].1 == TokenKind::Punct
            && toks[i + 1].2 == "(";
        if !opens {
            i += 1;
            continue;
        }
        // Each value: one literal token, maybe after a minus sign.
        let mut values: Vec<(usize, usize)> = Vec::new();
        let mut j = i + 2;
        let mut value_start: Option<usize> = None;
        let closed = loop {
            let Some(&(start, kind, text)) = toks.get(j) else {
                break false;
            };
            match (kind, text) {
                (TokenKind::Punct, "-") if value_start.is_none() => value_start = Some(start),
                (TokenKind::Number | TokenKind::String | TokenKind::Placeholder, _)
                | (TokenKind::Keyword, "NULL") => {
                    values.push((value_start.take().unwrap_or(start), start + text.len()));
                }
                (TokenKind::Punct, ",") if value_start.is_none() => {}
                (TokenKind::Punct, ")") if value_start.is_none() => break true,
                _ => break false,
            }
            j += 1;
        };
        if closed && values.len() > IN_KEEP {
            let first_cut = values[IN_HEAD].0;
            let last_cut = values[values.len() - 2].1;
            out.push((
                first_cut,
                last_cut,
                Mark::Elided(values.len() - IN_HEAD - 1),
            ));
        }
        i = j.max(i + 1);
    }
    out
}

/// The middle of every string literal longer than [`LITERAL_KEEP`]
/// characters that is not inside an already cut range.
fn long_literals(
    toks: &[Located<'_>],
    marks: &[(usize, usize, Mark)],
) -> Vec<(usize, usize, Mark)> {
    toks.iter()
        .filter(|(start, kind, text)| {
            *kind == TokenKind::String
                && text.chars().count() > LITERAL_KEEP
                && !marks.iter().any(|m| m.0 <= *start && *start < m.1)
        })
        .filter_map(|&(start, _, text)| {
            let head = text.char_indices().nth(LITERAL_HEAD)?.0;
            let tail = text.char_indices().rev().nth(LITERAL_TAIL - 1)?.0;
            (head < tail).then_some((start + head, start + tail, Mark::Elided(0)))
        })
        .collect()
}

/// Appends a token unless it is empty.
fn push<'a>(out: &mut Vec<Token<'a>>, kind: TokenKind, text: &'a str) {
    if text.is_empty() {
        return;
    }
    out.push((kind, text));
}

/// Identifier characters: ASCII letters, digits and `_`, and any non-ASCII
/// character (Python allows Unicode identifiers; treating them all as word
/// characters avoids linking the Unicode tables into the page).
fn is_word_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || !c.is_ascii()
}

/// A cursor over a source string, by characters.
struct Scanner<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn new(src: &'a str) -> Self {
        Scanner { src, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if !keep(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
        &self.src[start..self.pos]
    }

    /// A string or identifier quoted by `quote`, where a doubled quote is
    /// an escaped one (SQL); unterminated runs to the end.
    fn quoted(&mut self, quote: char) {
        self.bump();
        while let Some(c) = self.bump() {
            if c == quote {
                if self.peek() == Some(quote) {
                    self.bump();
                } else {
                    return;
                }
            }
        }
    }

    /// A Python string literal with prefix, single or triple quotes and
    /// backslash escapes; unterminated runs to the end of the line (or of
    /// the source for triple quotes).
    fn python_string(&mut self) {
        self.take_while(|c| c.is_ascii_alphabetic());
        let Some(quote) = self.peek() else { return };
        let triple: String = std::iter::repeat_n(quote, 3).collect();
        if self.rest().starts_with(&triple) {
            self.pos += 3;
            match self.rest().find(&triple) {
                Some(at) => self.pos += at + 3,
                None => self.pos = self.src.len(),
            }
            return;
        }
        self.bump();
        while let Some(c) = self.peek() {
            if c == '\n' {
                return;
            }
            self.bump();
            if c == '\\' {
                self.bump();
            } else if c == quote {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn kinds<'a>(tokens: &[Token<'a>]) -> Vec<(TokenKind, &'a str)> {
        tokens
            .iter()
            .copied()
            .filter(|(k, _)| *k != TokenKind::Text)
            .collect()
    }

    fn joined(tokens: &[Token<'_>]) -> String {
        tokens.iter().map(|(_, t)| *t).collect()
    }

    #[test]
    fn tokens_cover_the_input_exactly() {
        let cases: [(Language, &str); 9] = [
            (Language::Python, include_str!("../lessons/exists/naive_in/views.py")),
            (Language::Python, "x = f'{a}' + r\"b\\\"\" # 주석\n'''doc\nmore''' 'open"),
            (Language::Python, "@require_POST\ndef f(): return 1_000.5"),
            (Language::DjangoTemplate, include_str!("../lessons/select_and_prefetch/naive/templates/articles/index.html")),
            (Language::DjangoTemplate, include_str!("../lessons/exists/naive_in/templates/accounts/profile.html")),
            (Language::DjangoTemplate, "{{ open <b {# c #} {% x"),
            (Language::Sql, "SELECT \"a\".\"id\", COUNT(*) AS \"n\" FROM \"a\" WHERE x = 'it''s' AND y = %s LIMIT 21"),
            (Language::Sql, "INSERT OR IGNORE INTO \"t\" (\"a\") VALUES (X'00ff', 1.5) -- c"),
            (Language::Sql, "'unterminated \"also"),
        ];
        for (language, src) in cases {
            assert_eq!(joined(&tokens(language, src)), src, "{language:?}: {src}");
        }
    }

    #[test]
    fn python_kinds() {
        let toks =
            python("@require_POST\ndef follow(request):  # why\n    if x in y.all(): return None");
        assert_eq!(
            kinds(&toks),
            [
                (TokenKind::Decorator, "@require_POST"),
                (TokenKind::Keyword, "def"),
                (TokenKind::Name, "follow"),
                (TokenKind::Punct, "("),
                (TokenKind::Name, "request"),
                (TokenKind::Punct, ")"),
                (TokenKind::Punct, ":"),
                (TokenKind::Comment, "# why"),
                (TokenKind::Keyword, "if"),
                (TokenKind::Name, "x"),
                (TokenKind::Keyword, "in"),
                (TokenKind::Name, "y"),
                (TokenKind::Punct, "."),
                (TokenKind::Name, "all"),
                (TokenKind::Punct, "("),
                (TokenKind::Punct, ")"),
                (TokenKind::Punct, ":"),
                (TokenKind::Keyword, "return"),
                (TokenKind::Builtin, "None"),
            ]
        );
        let strings = python("a = 'x' + \"y\" + f'z'");
        let found: Vec<&str> = strings
            .iter()
            .filter(|(k, _)| *k == TokenKind::String)
            .map(|(_, t)| *t)
            .collect();
        assert_eq!(found, ["'x'", "\"y\"", "f'z'"]);
    }

    #[test]
    fn template_kinds() {
        let toks = django_template("<p>{{ a.b|length }}</p>{% if x %}{# c #}");
        assert_eq!(
            kinds(&toks),
            [
                (TokenKind::Markup, "<p>"),
                (TokenKind::Delimiter, "{{"),
                (TokenKind::Name, "a"),
                (TokenKind::Punct, "."),
                (TokenKind::Name, "b"),
                (TokenKind::Punct, "|"),
                (TokenKind::Filter, "length"),
                (TokenKind::Delimiter, "}}"),
                (TokenKind::Markup, "</p>"),
                (TokenKind::Delimiter, "{%"),
                (TokenKind::Keyword, "if"),
                (TokenKind::Name, "x"),
                (TokenKind::Delimiter, "%}"),
                (TokenKind::Comment, "{# c #}"),
            ]
        );
    }

    #[test]
    fn sql_kinds() {
        let toks =
            sql("SELECT COUNT(*) AS \"__count\" FROM \"t\" WHERE \"t\".\"x\" = %s AND y = 'FROM'");
        assert_eq!(
            kinds(&toks),
            [
                (TokenKind::Keyword, "SELECT"),
                (TokenKind::Builtin, "COUNT"),
                (TokenKind::Punct, "("),
                (TokenKind::Punct, "*"),
                (TokenKind::Punct, ")"),
                (TokenKind::Keyword, "AS"),
                (TokenKind::Name, "\"__count\""),
                (TokenKind::Keyword, "FROM"),
                (TokenKind::Name, "\"t\""),
                (TokenKind::Keyword, "WHERE"),
                (TokenKind::Name, "\"t\""),
                (TokenKind::Punct, "."),
                (TokenKind::Name, "\"x\""),
                (TokenKind::Punct, "="),
                (TokenKind::Placeholder, "%s"),
                (TokenKind::Keyword, "AND"),
                (TokenKind::Name, "y"),
                (TokenKind::Punct, "="),
                (TokenKind::String, "'FROM'"),
            ]
        );
    }

    #[test]
    fn lines_split_tokens() {
        let toks = python("a = '''x\ny'''\nb");
        let lines = lines(&toks);
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1], [(TokenKind::String, "y'''")]);
        assert_eq!(lines[2], [(TokenKind::Name, "b")]);
    }

    #[test]
    fn select_lists() {
        type Parts<'a> = Option<(&'a str, &'a str, usize, &'a str)>;
        let cases: [(&str, Parts); 6] = [
            (
                "SELECT \"a\".\"id\", \"a\".\"t\" FROM \"a\" WHERE x = 'FROM'",
                Some((
                    "SELECT",
                    "\"a\".\"id\", \"a\".\"t\"",
                    2,
                    "FROM \"a\" WHERE x = 'FROM'",
                )),
            ),
            (
                "SELECT DISTINCT COUNT(\"b\".\"id\", 1) AS \"n\" FROM \"b\"",
                Some((
                    "SELECT DISTINCT",
                    "COUNT(\"b\".\"id\", 1) AS \"n\"",
                    1,
                    "FROM \"b\"",
                )),
            ),
            (
                "SELECT 1 AS \"a\", (SELECT x FROM y) FROM \"t\" LIMIT 1",
                Some((
                    "SELECT",
                    "1 AS \"a\", (SELECT x FROM y)",
                    2,
                    "FROM \"t\" LIMIT 1",
                )),
            ),
            ("SELECT 1", None),
            ("INSERT INTO \"t\" VALUES (1)", None),
            ("BEGIN", None),
        ];
        for (sql_text, expected) in cases {
            let got = split_select(sql_text).map(|s| (s.head, s.columns, s.column_count, s.rest));
            assert_eq!(got, expected, "{sql_text}");
        }
    }

    /// The real SQL the lesson's scenarios send (tests/golden/scenarios/),
    /// parameters inlined as `connection.queries` shows them, and the row
    /// each one becomes: head and tail as shown.
    #[test]
    fn row_layouts_of_the_lesson_sql() {
        const ARTICLE_COLUMNS: &str = "\"articles_article\".\"id\", \"articles_article\".\"user_id\", \"articles_article\".\"title\", \"articles_article\".\"content\", \"articles_article\".\"created_at\", \"articles_article\".\"updated_at\"";
        const USER_COLUMNS: &str = "\"accounts_user\".\"id\", \"accounts_user\".\"password\", \"accounts_user\".\"last_login\", \"accounts_user\".\"is_superuser\", \"accounts_user\".\"username\", \"accounts_user\".\"first_name\", \"accounts_user\".\"last_name\", \"accounts_user\".\"email\", \"accounts_user\".\"is_staff\", \"accounts_user\".\"is_active\", \"accounts_user\".\"date_joined\"";
        const COMMENT_COLUMNS: &str = "\"articles_comment\".\"id\", \"articles_comment\".\"article_id\", \"articles_comment\".\"user_id\", \"articles_comment\".\"content\", \"articles_comment\".\"created_at\", \"articles_comment\".\"updated_at\"";
        let cases: Vec<(String, &str, &str)> = vec![
            // annotate, naive: the list query and one COUNT per article.
            (
                format!("SELECT {ARTICLE_COLUMNS} FROM \"articles_article\" ORDER BY \"articles_article\".\"id\" DESC"),
                "SELECT ••• FROM \"articles_article\"",
                "ORDER BY \"articles_article\".\"id\" DESC",
            ),
            (
                "SELECT COUNT(*) AS \"__count\" FROM \"articles_comment\" WHERE \"articles_comment\".\"article_id\" = 10".into(),
                "SELECT COUNT(*) AS \"__count\" FROM \"articles_comment\"",
                "WHERE \"articles_comment\".\"article_id\" = 10",
            ),
            // annotate, optimized: the annotation stays, both lists fold.
            (
                format!("SELECT {ARTICLE_COLUMNS}, COUNT(\"articles_comment\".\"id\") AS \"comment__count\" FROM \"articles_article\" LEFT OUTER JOIN \"articles_comment\" ON (\"articles_article\".\"id\" = \"articles_comment\".\"article_id\") GROUP BY {ARTICLE_COLUMNS} ORDER BY \"articles_article\".\"id\" DESC"),
                "SELECT •••, COUNT(\"articles_comment\".\"id\") AS \"comment__count\" FROM \"articles_article\" LEFT OUTER JOIN \"articles_comment\" ON (\"articles_article\".\"id\" = \"articles_comment\".\"article_id\")",
                "GROUP BY ••• ORDER BY \"articles_article\".\"id\" DESC",
            ),
            // select_related, naive: the user of each article, by pk.
            (
                format!("SELECT {USER_COLUMNS} FROM \"accounts_user\" WHERE \"accounts_user\".\"id\" = 3 LIMIT 21"),
                "SELECT ••• FROM \"accounts_user\"",
                "WHERE \"accounts_user\".\"id\" = 3 LIMIT 21",
            ),
            // select_related, optimized: one JOIN, two tables' columns.
            (
                format!("SELECT {ARTICLE_COLUMNS}, {USER_COLUMNS} FROM \"articles_article\" INNER JOIN \"accounts_user\" ON (\"articles_article\".\"user_id\" = \"accounts_user\".\"id\") ORDER BY \"articles_article\".\"id\" DESC"),
                "SELECT ••• FROM \"articles_article\" INNER JOIN \"accounts_user\" ON (\"articles_article\".\"user_id\" = \"accounts_user\".\"id\")",
                "ORDER BY \"articles_article\".\"id\" DESC",
            ),
            // prefetch_related, optimized: ten ids fit, a long list is cut
            // in its middle.
            (
                format!("SELECT {COMMENT_COLUMNS} FROM \"articles_comment\" WHERE \"articles_comment\".\"article_id\" IN (10, 9, 8, 7, 6, 5, 4, 3, 2, 1)"),
                "SELECT ••• FROM \"articles_comment\"",
                "WHERE \"articles_comment\".\"article_id\" IN (10, 9, 8, 7, 6, 5, 4, 3, 2, 1)",
            ),
            (
                format!("SELECT {COMMENT_COLUMNS} FROM \"articles_comment\" WHERE \"articles_comment\".\"article_id\" IN (13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)"),
                "SELECT ••• FROM \"articles_comment\"",
                "WHERE \"articles_comment\".\"article_id\" IN (13, 12, 11, …, 1)",
            ),
            // exists: `1 AS "a"` and COUNT stay, the two conditions too.
            (
                "SELECT 1 AS \"a\" FROM \"accounts_user\" INNER JOIN \"accounts_user_followings\" ON (\"accounts_user\".\"id\" = \"accounts_user_followings\".\"from_user_id\") WHERE (\"accounts_user_followings\".\"to_user_id\" = 1 AND \"accounts_user\".\"id\" = 2) LIMIT 1".into(),
                "SELECT 1 AS \"a\" FROM \"accounts_user\" INNER JOIN \"accounts_user_followings\" ON (\"accounts_user\".\"id\" = \"accounts_user_followings\".\"from_user_id\")",
                "WHERE (\"accounts_user_followings\".\"to_user_id\" = 1 AND \"accounts_user\".\"id\" = 2) LIMIT 1",
            ),
            (
                format!("SELECT {USER_COLUMNS} FROM \"accounts_user\" WHERE \"accounts_user\".\"username\" = 'admin' LIMIT 21"),
                "SELECT ••• FROM \"accounts_user\"",
                "WHERE \"accounts_user\".\"username\" = 'admin' LIMIT 21",
            ),
            // Writes: nothing folds, the values stay.
            (
                "INSERT OR IGNORE INTO \"accounts_user_followings\" (\"from_user_id\", \"to_user_id\") VALUES (2, 1)".into(),
                "INSERT OR IGNORE INTO \"accounts_user_followings\" (\"from_user_id\", \"to_user_id\")",
                "VALUES (2, 1)",
            ),
            (
                "DELETE FROM \"accounts_user_followings\" WHERE (\"accounts_user_followings\".\"to_user_id\" = 1 AND \"accounts_user_followings\".\"from_user_id\" IN (2))".into(),
                "DELETE FROM \"accounts_user_followings\"",
                "WHERE (\"accounts_user_followings\".\"to_user_id\" = 1 AND \"accounts_user_followings\".\"from_user_id\" IN (2))",
            ),
            ("BEGIN".into(), "BEGIN", ""),
            // A subquery and a lone column stay; DISTINCT is kept.
            (
                "SELECT DISTINCT \"t\".\"id\", (SELECT MAX(\"u\".\"x\") FROM \"u\") AS \"m\" FROM \"t\"".into(),
                "SELECT DISTINCT \"t\".\"id\", (SELECT MAX(\"u\".\"x\") FROM \"u\") AS \"m\" FROM \"t\"",
                "",
            ),
            // A long literal keeps its ends.
            (
                format!("SELECT \"t\".\"a\", \"t\".\"b\" FROM \"t\" WHERE \"t\".\"name\" = '{}' LIMIT 21", "가".repeat(100)),
                "SELECT ••• FROM \"t\"",
                &*format!("WHERE \"t\".\"name\" = '{}…{}' LIMIT 21", "가".repeat(27), "가".repeat(11)).leak(),
            ),
        ];
        for (sql_text, head, tail) in &cases {
            let layout = row_layout(sql_text);
            assert_eq!(shown(&layout.head), *head, "head of {sql_text}");
            assert_eq!(shown(&layout.tail), *tail, "tail of {sql_text}");
            let pieces = pieces(sql_text);
            let joined: String = pieces.iter().map(piece_text).collect();
            assert_eq!(&joined, sql_text, "pieces cover {sql_text}");
        }
    }

    #[test]
    fn folds_and_cuts_say_what_they_hide() {
        let ids: Vec<String> = (1..=10_000).rev().map(|i| i.to_string()).collect();
        let sql_text = format!(
            "SELECT \"c\".\"id\", \"c\".\"article_id\" FROM \"c\" WHERE \"c\".\"article_id\" IN ({})",
            ids.join(", ")
        );
        let layout = row_layout(&sql_text);
        assert_eq!(
            layout.head,
            [
                Piece::Sql("SELECT "),
                Piece::Columns {
                    text: "\"c\".\"id\", \"c\".\"article_id\"",
                    count: 2
                },
                Piece::Sql(" FROM \"c\""),
            ]
        );
        assert_eq!(
            shown(&layout.tail),
            "WHERE \"c\".\"article_id\" IN (10000, 9999, 9998, …, 1)"
        );
        assert!(matches!(
            layout.tail[1],
            Piece::Elided { values: 9_996, .. }
        ));
        // A clause alone (the detail pane lays out one per line) folds too.
        assert_eq!(
            shown(&pieces("GROUP BY \"a\".\"id\", \"a\".\"b\"")),
            "GROUP BY •••"
        );
        assert_eq!(
            shown(&pieces("ORDER BY \"a\".\"id\", \"a\".\"b\"")),
            "ORDER BY \"a\".\"id\", \"a\".\"b\""
        );
    }

    #[test]
    fn clauses_one_per_line() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "SELECT \"a\" FROM \"t\" INNER JOIN \"u\" ON (\"t\".\"id\" = \"u\".\"t_id\") WHERE (\"u\".\"x\" = 1 AND \"t\".\"id\" IN (SELECT 1 FROM z)) ORDER BY \"t\".\"id\" DESC LIMIT 21",
                &[
                    "SELECT \"a\"",
                    "FROM \"t\"",
                    "INNER JOIN \"u\" ON (\"t\".\"id\" = \"u\".\"t_id\")",
                    "WHERE (\"u\".\"x\" = 1 AND \"t\".\"id\" IN (SELECT 1 FROM z))",
                    "ORDER BY \"t\".\"id\" DESC",
                    "LIMIT 21",
                ],
            ),
            (
                "SELECT c FROM \"a\" LEFT OUTER JOIN \"b\" ON (x = y) GROUP BY \"a\".\"id\"",
                &["SELECT c", "FROM \"a\"", "LEFT OUTER JOIN \"b\" ON (x = y)", "GROUP BY \"a\".\"id\""],
            ),
            (
                "INSERT OR IGNORE INTO \"t\" (\"a\", \"b\") VALUES (1, 2)",
                &["INSERT OR IGNORE INTO \"t\" (\"a\", \"b\")", "VALUES (1, 2)"],
            ),
            ("BEGIN", &["BEGIN"]),
        ];
        for (sql_text, expected) in cases {
            assert_eq!(sql_clauses(sql_text), expected, "{sql_text}");
        }
    }
}
