//! The reason phrases that deployed servers, frameworks and HTTP libraries
//! send, each project's as its own source has them, which the tool reads
//! beside the library's phrases: every phrase of a project's status-line
//! table, for a code with a constant, that is not the registry's phrase
//! byte for byte. Where a project's table holds two
//! phrases for one code, the one its lookup returns is listed: the first
//! for Spring's `HttpStatus.resolve`, the last for Jetty's code map.
//!
//! Read and found to send only the registry's phrases, by the matching
//! rule: Rack 3 (rack/rack@8bf4eb0784, lib/rack/utils.rb), Symfony
//! (symfony/http-foundation@3d7bbf071b, Response.php) and Perl's
//! HTTP::Message (libwww-perl/HTTP-Message@746001b70d, lib/HTTP/Status.pm).

/// One project's phrases, with where they were read: the name and source
/// are the record of where each phrase comes from, which the tests' failure
/// messages give.
#[allow(dead_code)]
pub struct Project {
    pub name: &'static str,
    /// Repository, commit or branch, and file.
    pub source: &'static str,
    pub phrases: &'static [(u16, &'static str)],
}

pub const DEPLOYED: &[Project] = &[
    Project {
        name: "nginx",
        source: "nginx/nginx@3f6f7824d4, src/http/ngx_http_header_filter_module.c",
        phrases: &[
            (302, "Moved Temporarily"),
            (405, "Not Allowed"),
            (408, "Request Time-out"),
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Large"),
            (416, "Requested Range Not Satisfiable"),
            (503, "Service Temporarily Unavailable"),
            (504, "Gateway Time-out"),
        ],
    },
    Project {
        name: "Apache httpd",
        source: "apache/httpd@0cb680442e (trunk), modules/http/http_protocol.c",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (418, "I'm A Teapot"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "Apache httpd 2.4",
        source: "apache/httpd@f45abec1bd (2.4.x), modules/http/http_protocol.c",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "Go",
        source: "golang/go@1ad1d615b8, src/net/http/status.go",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "Node.js",
        source: "nodejs/node@0012a77503, lib/_http_server.js",
        phrases: &[
            (413, "Payload Too Large"),
            (418, "I'm a Teapot"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "CPython 3.12",
        source: "python/cpython (3.12), Lib/http/__init__.py",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (418, "I'm a Teapot"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "CPython 2.7",
        source: "python/cpython@093646f82a (2.7), Lib/BaseHTTPServer.py",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
        ],
    },
    Project {
        name: "ASP.NET Core",
        source: "dotnet/aspnetcore@1f390ca5fa, src/Http/WebUtilities/src/ReasonPhrases.cs",
        phrases: &[
            (306, "Switch Proxy"),
            (413, "Payload Too Large"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: ".NET",
        source: "dotnet/runtime@2467fdd5fd, src/libraries/Common/src/System/Net/HttpStatusDescription.cs",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-Uri Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
            (505, "Http Version Not Supported"),
        ],
    },
    Project {
        name: "Jetty",
        source: "jetty/jetty.project@acf3325928 (12.0.x), jetty-core/jetty-http/src/main/java/org/eclipse/jetty/http/HttpStatus.java",
        phrases: &[
            (203, "Non Authoritative Information"),
            (413, "Payload Too Large"),
            (418, "I'm a Teapot"),
            (422, "Unprocessable Entity"),
            (451, "Unavailable for Legal Reason"),
            (500, "Server Error"),
        ],
    },
    Project {
        name: "Jetty 9.4",
        source: "jetty/jetty.project@1db7743d25 (9.4.x), jetty-http/src/main/java/org/eclipse/jetty/http/HttpStatus.java",
        phrases: &[
            (203, "Non Authoritative Information"),
            (413, "Payload Too Large"),
            (418, "I'm a Teapot"),
            (422, "Unprocessable Entity"),
            (451, "Unavailable for Legal Reason"),
            (500, "Server Error"),
        ],
    },
    Project {
        name: "Tomcat",
        source: "apache/tomcat@84ac9af072, java/org/apache/catalina/valves/LocalStrings.properties",
        phrases: &[(413, "Payload Too Large"), (422, "Unprocessable Entity")],
    },
    Project {
        name: "Tomcat 8.5",
        source: "apache/tomcat@8ff7e6fc86 (8.5.x), java/org/apache/tomcat/util/http/res/LocalStrings.properties",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
            (506, "Variant Also Negotiates (Experimental)"),
        ],
    },
    Project {
        name: "Netty",
        source: "netty/netty@0bb88a3e06, codec-http/src/main/java/io/netty/handler/codec/http/HttpResponseStatus.java",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
            (425, "Unordered Collection"),
        ],
    },
    Project {
        name: "Undertow",
        source: "undertow-io/undertow@c8299de096, core/src/main/java/io/undertow/util/StatusCodes.java",
        phrases: &[
            (408, "Request Time-out"),
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Large"),
            (416, "Requested range not satisfiable"),
            (422, "Unprocessable Entity"),
            (504, "Gateway Time-out"),
            (505, "HTTP Version not supported"),
        ],
    },
    Project {
        name: "Spring",
        source: "spring-projects/spring-framework@91eb42645e, spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        phrases: &[(416, "Requested range not satisfiable"), (505, "HTTP Version not supported")],
    },
    Project {
        name: "Spring 6.2",
        source: "spring-projects/spring-framework@daf9551578 (6.2.x), spring-web/src/main/java/org/springframework/http/HttpStatus.java",
        phrases: &[
            (413, "Payload Too Large"),
            (416, "Requested range not satisfiable"),
            (421, "Destination Locked"),
            (422, "Unprocessable Entity"),
            (505, "HTTP Version not supported"),
        ],
    },
    Project {
        name: "Apache HttpCore 5",
        source: "apache/httpcomponents-core@e9fa30494b, httpcore5/src/main/java/org/apache/hc/core5/http/impl/EnglishReasonPhraseCatalog.java",
        phrases: &[
            (302, "Moved Temporarily"),
            (413, "Request Too Long"),
            (414, "Request-URI Too Long"),
            (203, "Non Authoritative Information"),
            (505, "Http Version Not Supported"),
            (416, "Requested Range Not Satisfiable"),
        ],
    },
    Project {
        name: "Apache HttpCore 4.4",
        source: "apache/httpcomponents-core@6b8bf91fcb (4.4.x), httpcore/src/main/java/org/apache/http/impl/EnglishReasonPhraseCatalog.java",
        phrases: &[
            (302, "Moved Temporarily"),
            (413, "Request Too Long"),
            (414, "Request-URI Too Long"),
            (203, "Non Authoritative Information"),
            (505, "Http Version Not Supported"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "Rack 2.2",
        source: "rack/rack@a0bf932387 (2-2-stable), lib/rack/utils.rb",
        phrases: &[
            (413, "Payload Too Large"),
            (422, "Unprocessable Entity"),
            (451, "Unavailable for Legal Reasons"),
        ],
    },
    Project {
        name: "Puma",
        source: "puma/puma@ff2e2126ee, lib/puma/const.rb",
        phrases: &[(510, "Not Extended (OBSOLETED)")],
    },
    Project {
        name: "WEBrick",
        source: "ruby/webrick@7e98418c47, lib/webrick/httpstatus.rb",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Large"),
            (416, "Request Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "Werkzeug",
        source: "pallets/werkzeug@1b00618e78, src/werkzeug/http.py",
        phrases: &[
            (203, "Non Authoritative Information"),
            (207, "Multi Status"),
            (306, "Switch Proxy"),
            (413, "Request Entity Too Large"),
            (414, "Request URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
            (511, "Network Authentication Failed"),
        ],
    },
    Project {
        name: "PHP",
        source: "php/php-src@08872c2b98, main/http_status_codes.h",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
        ],
    },
    Project {
        name: "Twisted",
        source: "twisted/twisted@64661601a1, src/twisted/web/_responses.py",
        phrases: &[
            (205, "Reset Content."),
            (408, "Request Time-out"),
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range not satisfiable"),
            (504, "Gateway Time-out"),
            (505, "HTTP Version not supported"),
            (507, "Insufficient Storage Space"),
        ],
    },
    Project {
        name: "HAProxy",
        source: "haproxy/haproxy@50872daa6a, src/http.c",
        phrases: &[
            (408, "Request Time-out"),
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested range unsatisfiable"),
            (417, "Expectation failed"),
            (502, "Bad Gateway or Proxy Error"),
            (504, "Gateway Time-out"),
            (505, "HTTP Version not supported"),
            (506, "Variant also negotiate"),
            (507, "Insufficient storage"),
            (508, "Loop detected"),
            (510, "Not extended"),
            (511, "Network authentication required"),
        ],
    },
    Project {
        name: "Varnish",
        source: "varnishcache/varnish-cache@27d2ce15b2, include/tbl/http_response.h",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "Envoy",
        source: "envoyproxy/envoy@089298617e, source/common/http/codes.cc",
        phrases: &[(413, "Payload Too Large"), (422, "Unprocessable Entity")],
    },
    Project {
        name: "lighttpd",
        source: "lighttpd/lighttpd1.4@2ddc51389a, src/http_status.c",
        phrases: &[
            (207, "Multi-status"),
            (413, "Payload Too Large"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "h2o",
        source: "h2o/h2o@edd7a120bf, lib/core/proxy.c, lib/core/request.c, lib/handler/file.c",
        phrases: &[
            (400, "Invalid Request"),
            (403, "Access Forbidden"),
            (404, "File Not Found"),
            (416, "Request Range Not Satisfiable"),
            (502, "Gateway Error"),
        ],
    },
    Project {
        name: "libmicrohttpd",
        source: "Karlson2k/libmicrohttpd@c372caeb3c, src/microhttpd/reason_phrase.c",
        phrases: &[(306, "Switch Proxy")],
    },
    Project {
        name: "civetweb",
        source: "civetweb/civetweb@588860e307, src/civetweb.c",
        phrases: &[
            (226, "IM used"),
            (408, "Request Time-out"),
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Large"),
            (416, "Requested range not satisfiable"),
            (422, "Unproccessable entity"),
            (504, "Gateway Time-out"),
            (505, "HTTP Version not supported"),
            (418, "I am a teapot"),
        ],
    },
    Project {
        name: "mongoose",
        source: "cesanta/mongoose@282ae0d968, src/http.c",
        phrases: &[
            (203, "Non-authoritative Information"),
            (413, "Payload Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "cowlib",
        source: "ninenines/cowlib@ae75c4dd7b, src/cow_http1.erl",
        phrases: &[
            (306, "Switch Proxy"),
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
            (425, "Unordered Collection"),
        ],
    },
    Project {
        name: "Plug",
        source: "elixir-plug/plug@a898c454a0, lib/plug/conn/status.ex",
        phrases: &[
            (306, "Switch Proxy"),
            (413, "Request Entity Too Large"),
            (414, "Request-URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
        ],
    },
    Project {
        name: "fasthttp",
        source: "valyala/fasthttp@b8ff6fb0bb, status.go",
        phrases: &[
            (413, "Request Entity Too Large"),
            (414, "Request URI Too Long"),
            (416, "Requested Range Not Satisfiable"),
            (422, "Unprocessable Entity"),
        ],
    },
    Project {
        name: "tiny_http",
        source: "tiny-http/tiny-http@e2215636a7, src/common.rs",
        phrases: &[(413, "Payload Too Large"), (422, "Unprocessable Entity")],
    },
    Project {
        name: "Rocket",
        source: "rwf2/Rocket@3a54d079ae, core/http/src/status.rs",
        phrases: &[(413, "Payload Too Large"), (422, "Unprocessable Entity")],
    },
];

/// Phrases that deployed software sends with two different codes, so they
/// name neither: with where each is sent.
pub const AMBIGUOUS: &[(&str, &str)] = &[(
    "Method Failure",
    "420 in Spring 6.2 and Apache HttpCore (HttpStatus.java, \
         EnglishReasonPhraseCatalog.java); 424 in HAProxy (src/http.c)",
)];

/// A phrase as the library's matching rule reads it: one trailing period
/// dropped, ASCII letters in lower case, a hyphen as a space.
fn by_the_rule(phrase: &str) -> String {
    let phrase = phrase.strip_suffix('.').unwrap_or(phrase);
    phrase.to_ascii_lowercase().replace('-', " ")
}

/// The code that deployed software sends `phrase` with, by the library's
/// matching rule, or `None` for a phrase no project here sends, or sends
/// with two codes.
pub fn code_of(phrase: &str) -> Option<u16> {
    let wanted = by_the_rule(phrase);
    if AMBIGUOUS
        .iter()
        .any(|(known, _)| by_the_rule(known) == wanted)
    {
        return None;
    }
    let mut codes = DEPLOYED
        .iter()
        .flat_map(|project| project.phrases)
        .filter(|(_, known)| by_the_rule(known) == wanted)
        .map(|&(code, _)| code);
    let first = codes.next()?;
    codes.all(|code| code == first).then_some(first)
}
