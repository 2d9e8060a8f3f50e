//! Characters that must never reach a terminal or a name as they are, and their visible,
//! escaped form.

/// Whether `c` must never reach a terminal or a name as it is: a control character (C0, DEL,
/// C1), a bidirectional control (embeddings, overrides, isolates, the LRM/RLM/ALM marks), a
/// zero-width or invisible character (U+200B–U+200D, U+2060–U+2064, U+FEFF), a line or paragraph
/// separator (U+2028, U+2029), or a Unicode tag (U+E0000–U+E007F). Such characters can rewrite a
/// terminal (ESC, OSC, CSI), reorder what a person reads, or make two names look the same.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// The one visible form of an unsafe character: `\t`, `\n` and `\r`; `\xHH` for the other
/// ASCII controls (e.g. ESC is `\x1b`, DEL `\x7f`); `\u{H}` in lower-case hex for the rest
/// (e.g. `\u{9b}`, `\u{202e}`, `\u{200b}`). Safe characters are pushed as they are.
pub fn push_escaped(out: &mut String, c: char) {
    if !is_unsafe_char(c) {
        out.push(c);
        return;
    }
    match c {
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if c.is_ascii() => out.push_str(&format!("\\x{:02x}", c as u32)),
        c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// `s` with every unsafe character in its visible form (see [`push_escaped`]).
pub fn escape_unsafe(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(is_unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    std::borrow::Cow::Owned(out)
}

/// A value quoted for an error message: never the raw character, always its visible form,
/// and at most 80 characters of it.
pub(super) fn shown(s: &str) -> String {
    let mut out = String::from("\"");
    for (i, c) in s.chars().enumerate() {
        if i == 80 {
            out.push('…');
            break;
        }
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => push_escaped(&mut out, c),
        }
    }
    out.push('"');
    out
}

pub(super) fn has_control(s: &str) -> bool {
    s.chars().any(char::is_control)
}

/// The first unsafe character of `s` in its visible form.
pub(super) fn first_unsafe(s: &str) -> Option<String> {
    s.chars().find(|&c| is_unsafe_char(c)).map(|c| {
        let mut out = String::new();
        push_escaped(&mut out, c);
        out
    })
}

/// Whether `c` reorders the text around it (embeddings, overrides, isolates): the
/// "Trojan Source" characters that free text may not carry either.
pub(super) fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
