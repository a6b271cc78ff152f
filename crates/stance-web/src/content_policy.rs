//! The page's Content-Security-Policy: nothing may load from anywhere, and only the page's
//! own script and style, named by their hashes, may run.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// The policy for a page whose one inline script is `script` and one inline style `style`.
///
/// `default-src 'none'` refuses every fetch, image, font, frame and connection; the data
/// block is not a script and needs no allowance. `form-action` and `base-uri` are not
/// covered by `default-src`, so they are refused on their own.
pub fn policy(script: &str, style: &str) -> String {
    format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; img-src 'none'; \
         base-uri 'none'; form-action 'none'",
        source_hash(script),
        source_hash(style)
    )
}

/// The policy for a page the classroom server serves: as [`policy`], and it may talk to
/// the server it came from (`connect-src 'self'`) and send its one form there.
pub fn live_policy(script: &str, style: &str) -> String {
    format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; img-src 'none'; \
         connect-src 'self'; base-uri 'none'; form-action 'self'",
        source_hash(script),
        source_hash(style)
    )
}

/// `sha256-` and the base64 digest of `text`, as CSP names an inline element's content.
pub fn source_hash(text: &str) -> String {
    format!(
        "sha256-{}",
        STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

#[cfg(test)]
mod tests {
    use super::{policy, source_hash};

    #[test]
    fn hashes_are_those_csp_expects() {
        // The digest of the empty string, as browsers and `openssl dgst -sha256 -binary | base64` give it.
        assert_eq!(
            source_hash(""),
            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        let policy = policy("a", "b");
        assert!(policy.starts_with("default-src 'none'; "));
        assert!(policy.contains(&format!("script-src '{}'", source_hash("a"))));
        assert!(policy.contains(&format!("style-src '{}'", source_hash("b"))));
        assert!(!policy.contains("unsafe"));
    }
}
