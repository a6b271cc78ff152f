//! `stance brief`: a briefing document for one situation.

use std::io::IsTerminal;

use stance_core::classroom::role::Role;
use stance_core::export::briefing;
use stance_core::walk;
use stance_core::walk::prompter::Prompter;

use crate::cli::args::{BriefArgs, BriefFormat};
use crate::cli::color::Target;
use crate::cli::error::{EXIT_OK, Error};
use crate::command::{self, Context};
use crate::terminal::interactive_prompter::InteractivePrompter;

/// Runs `stance brief`.
pub fn run(args: &BriefArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context { limits, colors, .. } = context;
    let (_, scenario, output) = command::load_with_output(
        &args.scenario,
        &args.output,
        &[("the answers file", args.answers_file.as_deref())],
        context,
    )?;
    let answers = command::answers(
        &scenario,
        &args.answers,
        args.answers_file.as_deref(),
        limits,
    )?;
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let mut prompter = if interactive && !walk::unanswered(&scenario, &answers).is_empty() {
        command::install_interrupt_handler(None, None, context.messages);
        Some(InteractivePrompter::new(
            colors.enabled(Target::Stderr),
            args.role.into(),
            context.messages,
        ))
    } else {
        None
    };
    let stance = walk::play(
        &scenario,
        answers,
        prompter.as_mut().map(|p| p as &mut dyn Prompter),
    )?;
    let facilitator = Role::from(args.role).is_facilitator();
    let text = match args.format {
        BriefFormat::Markdown => briefing::markdown(&stance, facilitator, context.messages),
        BriefFormat::Html => briefing::html(&stance, facilitator, context.messages),
    };
    output.write(&text)?;
    Ok(EXIT_OK)
}
