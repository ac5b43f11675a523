// Unregistered codes that logs show: one row per code, and nothing else.
// Each row reads
//
//     CODE "who uses it" "what it calls it" ["where its own source says so"];
//
// Only a code whose user's own source or documentation can be cited has a
// row, and each code has one user. nginx answers 494 to 497 with 400 on the
// wire; its configuration (`error_page`) and its code name them by these
// numbers. Cloudflare's rows are the titles of its pages on its 5xx errors,
// one page per code; 530's page has no title beyond the number, so its
// phrase is the page's own first sentence, shortened. The Application Load
// Balancer's troubleshooting page gives its codes no name beyond the number
// (561's "Unauthorized" is 401's phrase), so each phrase is a few of the
// page's own words for what went wrong.
super::unregistered::unregistered_codes! {
    444 "nginx" "connection closed without response"
        ["https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h#L113-L114"];
    460 "AWS Application Load Balancer" "client closed the connection with the load balancer"
        ["https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues"];
    463 "AWS Application Load Balancer" "X-Forwarded-For request header with too many IP addresses"
        ["https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues"];
    464 "AWS Application Load Balancer" "incoming request protocol incompatible with the target group protocol version"
        ["https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues"];
    494 "nginx" "request header or cookie too large"
        ["https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L252-L254"];
    495 "nginx" "SSL certificate error"
        ["https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L262-L264"];
    496 "nginx" "no required SSL certificate was sent"
        ["https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L272-L274"];
    497 "nginx" "plain HTTP request was sent to HTTPS port"
        ["https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c#L282-L284"];
    499 "nginx" "client closed request"
        ["https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_request.h#L131-L137"];
    520 "Cloudflare" "web server returns an unknown error"
        ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/"];
    521 "Cloudflare" "web server is down"
        ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/"];
    522 "Cloudflare" "connection timed out"
        ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/"];
    523 "Cloudflare" "origin is unreachable"
        ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/"];
    524 "Cloudflare" "a timeout occurred"
        ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/"];
    525 "Cloudflare" "SSL handshake failed"
        ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/"];
    526 "Cloudflare" "invalid SSL certificate"
        ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/"];
    530 "Cloudflare" "unable to resolve the origin hostname"
        ["https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/"];
    561 "AWS Application Load Balancer" "IdP returned an error code when authenticating the user"
        ["https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues"];
}
