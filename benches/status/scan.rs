//! The plain scan that `from_phrase`'s table is raced and weighed against:
//! the list in order, compared by the matching rule without allocating.
//! The bench calls it, and includes this file in the program it weighs.

/// The code of the first phrase of `phrases` that `text` matches. Out of
/// line, so that where the caller's code lands moves its time less.
#[inline(never)]
pub fn scan(phrases: &[(&str, u16)], text: &str) -> Option<u16> {
    let text = text.strip_suffix('.').unwrap_or(text).as_bytes();
    let fold = |byte: u8| {
        if byte == b'-' {
            b' '
        } else {
            byte.to_ascii_lowercase()
        }
    };
    phrases
        .iter()
        .find(|(known, _)| {
            known.len() == text.len() && known.bytes().zip(text).all(|(a, &b)| fold(a) == fold(b))
        })
        .map(|&(_, code)| code)
}
