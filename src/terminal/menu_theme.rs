//! The menus' theme: dialoguer's colourful or simple one, with the yes and no a confirm
//! shows in the interface's words. The keys stay `y` and `n`, which is what dialoguer reads.

use std::fmt;

use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use stance_core::text::messages::Messages;

/// dialoguer's theme, its yes and no words those of the interface.
pub struct MenuTheme {
    /// The colourful theme, or `None` for the simple one.
    colorful: Option<ColorfulTheme>,
    yes: String,
    no: String,
}

impl fmt::Debug for MenuTheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MenuTheme")
            .field("colorful", &self.colorful.is_some())
            .field("yes", &self.yes)
            .field("no", &self.no)
            .finish()
    }
}

impl MenuTheme {
    /// `colorful`'s look, or the simple one's, with the words of `messages`.
    pub fn new(colorful: Option<ColorfulTheme>, messages: Messages) -> Self {
        Self {
            colorful,
            yes: messages.text("confirm-yes"),
            no: messages.text("confirm-no"),
        }
    }

    fn inner(&self) -> &dyn Theme {
        match &self.colorful {
            Some(theme) => theme,
            None => &SimpleTheme,
        }
    }

    fn word(&self, yes: bool) -> &str {
        if yes { &self.yes } else { &self.no }
    }
}

// Both themes write a confirm without its default as the one with it less the word at the
// end: the word is added after, in the same style.
impl Theme for MenuTheme {
    fn format_confirm_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<bool>,
    ) -> fmt::Result {
        match &self.colorful {
            Some(theme) => {
                theme.format_confirm_prompt(f, prompt, None)?;
                match default {
                    Some(yes) => write!(f, " {}", theme.defaults_style.apply_to(self.word(yes))),
                    None => Ok(()),
                }
            }
            // The simple theme shows the default as a capital key: no word to change.
            None => SimpleTheme.format_confirm_prompt(f, prompt, default),
        }
    }

    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> fmt::Result {
        self.inner()
            .format_confirm_prompt_selection(f, prompt, None)?;
        let Some(yes) = selection else {
            return Ok(());
        };
        let gap = if prompt.is_empty() { "" } else { " " };
        match &self.colorful {
            Some(theme) => write!(f, "{gap}{}", theme.values_style.apply_to(self.word(yes))),
            None => write!(f, "{gap}{}", self.word(yes)),
        }
    }

    fn format_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner().format_prompt(f, prompt)
    }

    fn format_error(&self, f: &mut dyn fmt::Write, err: &str) -> fmt::Result {
        self.inner().format_error(f, err)
    }

    fn format_input_prompt(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        default: Option<&str>,
    ) -> fmt::Result {
        self.inner().format_input_prompt(f, prompt, default)
    }

    fn format_input_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        self.inner().format_input_prompt_selection(f, prompt, sel)
    }

    fn format_password_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner().format_password_prompt(f, prompt)
    }

    fn format_password_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
    ) -> fmt::Result {
        self.inner().format_password_prompt_selection(f, prompt)
    }

    fn format_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner().format_select_prompt(f, prompt)
    }

    fn format_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        sel: &str,
    ) -> fmt::Result {
        self.inner().format_select_prompt_selection(f, prompt, sel)
    }

    fn format_multi_select_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner().format_multi_select_prompt(f, prompt)
    }

    fn format_sort_prompt(&self, f: &mut dyn fmt::Write, prompt: &str) -> fmt::Result {
        self.inner().format_sort_prompt(f, prompt)
    }

    fn format_multi_select_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        self.inner()
            .format_multi_select_prompt_selection(f, prompt, selections)
    }

    fn format_sort_prompt_selection(
        &self,
        f: &mut dyn fmt::Write,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        self.inner()
            .format_sort_prompt_selection(f, prompt, selections)
    }

    fn format_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        active: bool,
    ) -> fmt::Result {
        self.inner().format_select_prompt_item(f, text, active)
    }

    fn format_multi_select_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        self.inner()
            .format_multi_select_prompt_item(f, text, checked, active)
    }

    fn format_sort_prompt_item(
        &self,
        f: &mut dyn fmt::Write,
        text: &str,
        picked: bool,
        active: bool,
    ) -> fmt::Result {
        self.inner()
            .format_sort_prompt_item(f, text, picked, active)
    }
}

#[cfg(test)]
mod tests {
    use dialoguer::theme::{ColorfulTheme, Theme};
    use stance_core::text::messages::{Locale, Messages};

    use super::MenuTheme;

    fn shown(
        theme: &MenuTheme,
        default: Option<bool>,
        selection: Option<bool>,
    ) -> (String, String) {
        let (mut prompt, mut after) = (String::new(), String::new());
        theme
            .format_confirm_prompt(&mut prompt, "Quit?", default)
            .expect("formats");
        theme
            .format_confirm_prompt_selection(&mut after, "Quit?", selection)
            .expect("formats");
        (
            console::strip_ansi_codes(&prompt).into_owned(),
            console::strip_ansi_codes(&after).into_owned(),
        )
    }

    #[test]
    fn confirms_say_yes_and_no_in_the_interface_language() {
        let colorful = || Some(ColorfulTheme::default());
        for (theme, default, selection, expected) in [
            (
                MenuTheme::new(colorful(), Messages::english()),
                Some(false),
                Some(true),
                ("? Quit? (y/n) › no", "✔ Quit? · yes"),
            ),
            (
                MenuTheme::new(colorful(), Messages::new(Locale::Ko)),
                Some(false),
                Some(true),
                ("? Quit? (y/n) › 아니요", "✔ Quit? · 예"),
            ),
            (
                MenuTheme::new(colorful(), Messages::new(Locale::Ko)),
                None,
                Some(false),
                ("? Quit? (y/n) ›", "✔ Quit? · 아니요"),
            ),
            (
                MenuTheme::new(None, Messages::new(Locale::Ko)),
                Some(false),
                Some(false),
                ("Quit? [y/N] ", "Quit? 아니요"),
            ),
        ] {
            let (prompt, after) = shown(&theme, default, selection);
            assert_eq!((prompt.as_str(), after.as_str()), expected);
        }
    }
}
