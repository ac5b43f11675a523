//! The IANA HTTP Status Code Registry, read from its own XML file, kept
//! unchanged in `tests/data/` (its README says where it came from and
//! when): each record's codes, description and references.

/// The registry's file, as IANA publishes it.
pub const FILE: &str = include_str!("../data/http-status-codes.xml");

/// One `<record>`: a code, or a range of codes, with what the registry
/// says of it.
#[derive(Debug)]
pub struct Record {
    /// The first and last code: the same code for a record of one code.
    pub codes: (u16, u16),
    /// The record's `<description>`: a reason phrase, "Unassigned",
    /// "(Unused)", or a phrase with a note such as "(OBSOLETED)".
    pub description: &'static str,
    /// Each `<xref>`: its type, its data, and its text (`""` for an
    /// empty element).
    pub xrefs: Vec<(&'static str, &'static str, &'static str)>,
}

/// The text between `<tag>` (or `<tag attributes>`) and `</tag>`, and
/// what follows it.
fn element<'a>(text: &'a str, tag: &str) -> Option<(&'a str, &'a str)> {
    let start = text.find(&format!("<{tag}"))?;
    let rest = &text[start..];
    let open_end = rest.find('>')?;
    if rest[..open_end].ends_with('/') {
        return Some(("", &rest[open_end + 1..]));
    }
    let body = &rest[open_end + 1..];
    let close = body.find(&format!("</{tag}>"))?;
    Some((&body[..close], &body[close + tag.len() + 3..]))
}

/// The value of `name="..."` in an element's opening tag.
fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = tag.find(&key).expect("the attribute is there") + key.len();
    let len = tag[start..].find('"').expect("the attribute is closed");
    &tag[start..start + len]
}

/// Every record of the registry's one table, in the file's order, read
/// once.
pub fn records() -> &'static [Record] {
    thread_local! {
        static RECORDS: &'static [Record] = Box::leak(read().into_boxed_slice());
    }
    RECORDS.with(|records| *records)
}

fn read() -> Vec<Record> {
    let start = FILE
        .find("<registry id=\"http-status-codes-1\">")
        .expect("the table");
    let end = start + FILE[start..].find("</registry>").expect("the table's end");
    let mut records = Vec::new();
    let mut rest = &FILE[start..end];
    while let Some((record, after)) = element(rest, "record") {
        rest = after;
        let (value, _) = element(record, "value").expect("a value");
        let (description, _) = element(record, "description").expect("a description");
        assert!(
            !description.contains('&') && !description.contains('<'),
            "{description}: no entity or markup in a description"
        );
        let codes = match value.split_once('-') {
            Some((first, last)) => (first.parse().unwrap(), last.parse().unwrap()),
            None => (value.parse().unwrap(), value.parse().unwrap()),
        };
        let mut xrefs = Vec::new();
        let mut refs = record;
        while let Some(start) = refs.find("<xref ") {
            let tag_end = start + refs[start..].find('>').unwrap();
            let tag = &refs[start..tag_end];
            let (text, after) = element(&refs[start..], "xref").unwrap();
            xrefs.push((attribute(tag, "type"), attribute(tag, "data"), text));
            refs = after;
        }
        records.push(Record {
            codes,
            description,
            xrefs,
        });
    }
    records
}

/// The record of `code`, if the registry has one of that code alone.
pub fn record(code: u16) -> Option<&'static Record> {
    records().iter().find(|record| record.codes == (code, code))
}

/// The codes the registry assigns for good: every record of one code but
/// those it calls "Unassigned" and its temporary registrations, whose
/// description says "TEMPORARY". "(Unused)" and "(OBSOLETED)" records are
/// assignments still.
pub fn assigned() -> Vec<u16> {
    records()
        .iter()
        .filter(|record| {
            record.codes.0 == record.codes.1
                && record.description != "Unassigned"
                && !record.description.contains("TEMPORARY")
        })
        .map(|record| record.codes.0)
        .collect()
}

/// The reason phrase the crate gives `code`: the registry's description,
/// but in the three rows that the head of `gen/src/rows.rs` names. 418's
/// entry is "(Unused)", and the crate keeps RFC 2324's phrase; 509 is
/// unassigned, and the phrase is the web-hosting convention's that DRF's
/// name follows; 510's entry is "Not Extended (OBSOLETED)", where the
/// phrase is RFC 2774's.
pub fn phrase(code: u16) -> &'static str {
    match code {
        418 => "I'm a teapot",
        509 => "Bandwidth Limit Exceeded",
        510 => {
            let description = record(510).unwrap().description;
            description.strip_suffix(" (OBSOLETED)").unwrap()
        }
        _ => {
            record(code)
                .unwrap_or_else(|| panic!("{code} is not in the registry"))
                .description
        }
    }
}
