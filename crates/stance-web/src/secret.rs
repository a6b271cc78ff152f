//! The session's secrets: the facilitator's token, the short code students join by, and the
//! hashes by which participants' tokens are known.

use sha2::{Digest, Sha256};
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};
use subtle::ConstantTimeEq;

/// The letters a short code is made of: no 0/O, 1/I/L, easy to read off a projector.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// How many characters a short code has.
pub const CODE_LENGTH: usize = 6;

/// Why no random bytes could be had.
#[derive(Debug, thiserror::Error)]
pub struct NoRandomness(String);

impl Localized for NoRandomness {
    fn message(&self, messages: Messages) -> String {
        messages.text_with(
            "serve-no-randomness",
            &[("reason", Arg::from(self.0.as_str()))],
        )
    }
}

stance_core::display_in_english!(NoRandomness);

fn random_bytes<const N: usize>() -> Result<[u8; N], NoRandomness> {
    let mut bytes = [0_u8; N];
    getrandom::fill(&mut bytes).map_err(|e| NoRandomness(e.to_string()))?;
    Ok(bytes)
}

/// A new facilitator token: 256 random bits as 64 lower-case hex digits.
pub fn new_token() -> Result<String, NoRandomness> {
    Ok(hex(&random_bytes::<32>()?))
}

/// A new short code of [`CODE_LENGTH`] characters from an alphabet without look-alikes.
pub fn new_code() -> Result<String, NoRandomness> {
    let bytes = random_bytes::<CODE_LENGTH>()?;
    // 256 is not a multiple of the alphabet's 31 letters; the slight bias does not matter for
    // a code that only tells one class's server from another, not a secret.
    Ok(bytes
        .iter()
        .map(|b| char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()]))
        .collect())
}

/// Whether `code` is made the way [`new_code`] makes codes.
pub fn is_code(code: &str) -> bool {
    code.len() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b))
}

/// Whether `token` is one a participant's page may identify itself by: 32 to 128 hex digits
/// (128 to 512 bits), which the page draws from the browser's cryptographic generator.
pub fn is_participant_token(token: &str) -> bool {
    (32..=128).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The SHA-256 digest by which a token is stored and looked up, never the token itself.
pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Whether `given` is `expected`, in time that does not depend on where they differ.
pub fn same_token(given: &str, expected: &str) -> bool {
    // Digests first, so that the comparison does not reveal the length either.
    token_hash(given).ct_eq(&token_hash(expected)).into()
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_codes_are_random_and_well_formed() {
        let (a, b) = (new_token().expect("random"), new_token().expect("random"));
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert!(is_participant_token(&a));
        let code = new_code().expect("random");
        assert!(is_code(&code), "{code}");
    }

    #[test]
    fn what_is_taken_as_a_token_or_a_code() {
        for (text, token, code) in [
            ("0123456789abcdef0123456789abcdef", true, false),
            ("0123456789abcdef", false, false),
            ("0123456789abcdef0123456789abcdeg", false, false),
            ("K7QX2M", false, true),
            ("K7QX2O", false, false),
            ("k7qx2m", false, false),
            ("", false, false),
        ] {
            assert_eq!(is_participant_token(text), token, "{text}");
            assert_eq!(is_code(text), code, "{text}");
        }
    }

    #[test]
    fn tokens_compare_by_content() {
        assert!(same_token("abc", "abc"));
        assert!(!same_token("abc", "abd"));
        assert!(!same_token("", "abc"));
    }
}
