//! A rule: one BCP 14 keyword of one RFC sentence, and what it binds.

use core::fmt;
use http_status::status::Reference;

/// A rule an RFC gives a status code: one BCP 14 keyword of one of its
/// sentences, quoted word for word, with who it binds, what it is about,
/// when it applies, and where the RFC says it.
///
/// A sentence with two keywords, such as a SHOULD and a MAY, is two rules
/// with the same quote.
///
/// ```
/// use http_status_rules::{rules, Level, Party, Topic};
///
/// let allow = rules(405)
///     .iter()
///     .find(|rule| rule.topic() == Topic::Field("Allow"))
///     .unwrap();
/// assert_eq!(allow.level(), Level::Must);
/// assert_eq!(allow.party(), Party::Server);
/// assert_eq!(allow.reference().to_string(), "RFC 9110, Section 15.5.6");
/// assert!(allow.quote().starts_with("The origin server MUST generate an Allow header field"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rule {
    row: &'static Row,
}

/// A rule as the data writes it: [`Rule`] is a reference to one, so that a
/// rule given for many codes is stored once.
#[derive(PartialEq, Eq, Hash)]
pub(crate) struct Row {
    pub(crate) reference: Reference,
    pub(crate) scope: Scope,
    pub(crate) subject: &'static str,
    pub(crate) party: Party,
    pub(crate) level: Level,
    pub(crate) topic: Topic,
    pub(crate) condition: Condition,
    pub(crate) quote: &'static str,
}

impl Rule {
    /// The rule a row of the data states.
    pub(crate) const fn new(row: &'static Row) -> Rule {
        Rule { row }
    }

    /// The RFC's sentence, word for word, with its cross-references as the
    /// RFC renders them ("(Section 10.2.3)") and its white space collapsed.
    #[must_use]
    #[inline]
    pub const fn quote(&self) -> &'static str {
        self.row.quote
    }

    /// The sentence's keyword that makes this rule.
    #[must_use]
    #[inline]
    pub const fn level(&self) -> Level {
        self.row.level
    }

    /// Who the keyword binds: the party its clause's grammatical subject
    /// names.
    #[must_use]
    #[inline]
    pub const fn party(&self) -> Party {
        self.row.party
    }

    /// The words of the quote that name the party, as the quote has them,
    /// such as `"The origin server"` or `"A proxy"`.
    #[must_use]
    #[inline]
    pub const fn subject(&self) -> &'static str {
        self.row.subject
    }

    /// The RFC and section that state the rule.
    #[must_use]
    #[inline]
    pub const fn reference(&self) -> Reference {
        self.row.reference
    }

    /// The codes the rule is given for: one code, a few, a class or all.
    #[must_use]
    #[inline]
    pub const fn scope(&self) -> Scope {
        self.row.scope
    }

    /// What the rule is about: a header field, the content, repeating the
    /// request, and so on.
    #[must_use]
    #[inline]
    pub const fn topic(&self) -> Topic {
        self.row.topic
    }

    /// When the rule applies.
    #[must_use]
    #[inline]
    pub const fn condition(&self) -> Condition {
        self.row.condition
    }
}

impl fmt::Display for Rule {
    /// Writes the party, the keyword, the quote and the section:
    /// `server MUST: "The origin server MUST generate an Allow header field
    /// in a 405 response ..." (RFC 9110, Section 15.5.6)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: \"{}\" ({})",
            self.row.party, self.row.level, self.row.quote, self.row.reference
        )
    }
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = self.row;
        f.debug_struct("Rule")
            .field("level", &row.level)
            .field("party", &row.party)
            .field("subject", &row.subject)
            .field("topic", &row.topic)
            .field("condition", &row.condition)
            .field("scope", &row.scope)
            .field("reference", &row.reference)
            .field("quote", &row.quote)
            .finish()
    }
}

/// A BCP 14 keyword (RFC 2119 and RFC 8174): how strongly a rule binds;
/// and [`Cannot`](Level::Cannot), for a sentence that states what a response
/// cannot hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Level {
    /// `MUST`: an absolute requirement.
    Must,
    /// `MUST NOT`: an absolute prohibition.
    MustNot,
    /// `REQUIRED`: as `MUST`.
    Required,
    /// `SHALL`: as `MUST`.
    Shall,
    /// `SHALL NOT`: as `MUST NOT`.
    ShallNot,
    /// `SHOULD`: to be done unless there is a valid reason, understood and
    /// weighed, not to.
    Should,
    /// `SHOULD NOT`: not to be done unless there is a valid reason,
    /// understood and weighed, to do it.
    ShouldNot,
    /// `RECOMMENDED`: as `SHOULD`.
    Recommended,
    /// `NOT RECOMMENDED`: as `SHOULD NOT`.
    NotRecommended,
    /// `MAY`: truly optional.
    May,
    /// `OPTIONAL`: as `MAY`.
    Optional,
    /// No BCP 14 keyword: the sentence says that the response "cannot"
    /// have what it names, as RFC 9110 says of a 1xx, 204 or 304 response's
    /// content. A property of the protocol, as absolute as `MUST NOT`.
    Cannot,
}

impl Level {
    /// The keyword as the RFCs write it: `"MUST NOT"`.
    #[must_use]
    pub const fn keyword(self) -> &'static str {
        match self {
            Level::Must => "MUST",
            Level::MustNot => "MUST NOT",
            Level::Required => "REQUIRED",
            Level::Shall => "SHALL",
            Level::ShallNot => "SHALL NOT",
            Level::Should => "SHOULD",
            Level::ShouldNot => "SHOULD NOT",
            Level::Recommended => "RECOMMENDED",
            Level::NotRecommended => "NOT RECOMMENDED",
            Level::May => "MAY",
            Level::Optional => "OPTIONAL",
            Level::Cannot => "cannot",
        }
    }

    /// Whether the keyword forbids what its sentence names: `MUST NOT`,
    /// `SHALL NOT`, `SHOULD NOT`, `NOT RECOMMENDED` and `cannot`.
    #[must_use]
    pub const fn forbids(self) -> bool {
        matches!(
            self,
            Level::MustNot
                | Level::ShallNot
                | Level::ShouldNot
                | Level::NotRecommended
                | Level::Cannot
        )
    }

    /// Whether the keyword is absolute: `MUST`, `MUST NOT`, `REQUIRED`,
    /// `SHALL`, `SHALL NOT` and `cannot`.
    #[must_use]
    pub const fn is_absolute(self) -> bool {
        matches!(
            self,
            Level::Must
                | Level::MustNot
                | Level::Required
                | Level::Shall
                | Level::ShallNot
                | Level::Cannot
        )
    }

    /// Whether the keyword leaves the choice open: `MAY` and `OPTIONAL`.
    #[must_use]
    pub const fn is_optional(self) -> bool {
        matches!(self, Level::May | Level::Optional)
    }
}

impl fmt::Display for Level {
    /// Writes the keyword: `MUST NOT`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.keyword())
    }
}

/// Who a rule binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Party {
    /// The server that sends the response: an origin server, a server, the
    /// sender of a response.
    Server,
    /// An intermediary: a proxy or a gateway.
    Intermediary,
    /// A cache.
    Cache,
    /// The client: a user agent, a client, the recipient of a response.
    Client,
}

impl Party {
    /// Every party, in the order the lookup tool groups rules by.
    pub const ALL: [Party; 4] = [
        Party::Server,
        Party::Intermediary,
        Party::Cache,
        Party::Client,
    ];

    /// The party's name in lower case: `"server"`, `"intermediary"`,
    /// `"cache"`, `"client"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Party::Server => "server",
            Party::Intermediary => "intermediary",
            Party::Cache => "cache",
            Party::Client => "client",
        }
    }
}

impl fmt::Display for Party {
    /// Writes [`name`](Party::name).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// The codes a rule is given for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Scope {
    /// One code: `Code(405)`.
    Code(u16),
    /// A few codes that one sentence names, such as 1xx and 204's
    /// `Content-Length` rule, given for 204 here and for the class
    /// as [`Class`](Scope::Class).
    Codes(&'static [u16]),
    /// A class, by its first digit: `Class(4)` is 4xx.
    Class(u8),
    /// Every status code: RFC 9110, Section 15's own rules.
    All,
}

impl Scope {
    /// Whether a rule of this scope is given for `code`.
    #[must_use]
    pub const fn covers(self, code: u16) -> bool {
        match self {
            Scope::Code(one) => one == code,
            Scope::Codes(codes) => {
                let mut i = 0;
                while i < codes.len() {
                    if codes[i] == code {
                        return true;
                    }
                    i += 1;
                }
                false
            }
            Scope::Class(class) => code / 100 == class as u16,
            Scope::All => true,
        }
    }
}

/// What a rule is about, where a program can act on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Topic {
    /// Sending the named header field: it is to be present when the level
    /// asks for it (`MUST`, `SHOULD`, `MAY`) and absent when the level
    /// [forbids](Level::forbids) it.
    Field(&'static str),
    /// Sending header fields that the RFC names by kind, in its words, such
    /// as `"validator fields"` or `"representation metadata"`.
    Fields(&'static str),
    /// Whether the response has content: it is to have some when the level
    /// asks for it, and none when the level [forbids](Level::forbids) it.
    Content,
    /// What the response's content holds, such as an explanation of the
    /// error or a link to log in.
    ContentHolds,
    /// Repeating the request, and what the repeated request changes.
    Repeat(Change),
    /// Storing the response, or reusing a stored one.
    Store,
    /// Forwarding the response or the request.
    Forward,
    /// Generating the status code itself: who may send it, and to whom.
    Generate,
    /// Choosing a code: which one to send for a given outcome.
    Choose,
    /// How a party handles the message it received: understanding,
    /// parsing, presenting or ignoring a response; ending a request or its
    /// connection.
    Handle,
}

/// What a repeated request changes, in a rule about [repeating
/// it](Topic::Repeat).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Change {
    /// Nothing: the same request again.
    Nothing,
    /// Its credentials: a new or other `Authorization` or
    /// `Proxy-Authorization` header field.
    Credentials,
    /// The named header field: added, changed or removed.
    Field(&'static str),
    /// Its header section, made smaller.
    HeaderSection,
    /// The connection it is sent over.
    Connection,
    /// When it is sent: after a wait.
    Wait,
    /// Its method, such as POST to GET after a 301, 302 or 303.
    Method,
    /// Its target: the URI a redirect gives.
    Target,
    /// Sending it in early data (RFC 8470): what a rule that forbids it,
    /// such as 425's "any retries MUST NOT be sent in early data", rules
    /// out.
    EarlyData,
}

/// When a rule applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Condition {
    /// To every response with the code.
    Always,
    /// To a response to a request with one of these methods.
    Methods(&'static [&'static str]),
    /// To a response to a request with any method but these.
    ExceptMethods(&'static [&'static str]),
    /// To a response to a request that has the named header field.
    RequestHas(&'static str),
    /// To a response to a request that lacks the named header field.
    RequestLacks(&'static str),
    /// When the other party speaks HTTP/1.0.
    Http10,
    /// To HTTP/1.1 messages only.
    Http11,
    /// To a request sent in early data (RFC 8470).
    EarlyData,
    /// Under a condition stated in the RFC's words, which a program cannot
    /// decide from the status code and method alone.
    Words(&'static str),
}
