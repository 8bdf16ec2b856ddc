//! `citebot quiz`: the quiz for one person in the terminal, offline.
//!
//! It asks `--rounds` questions, each with four numbered choices; an answer is a number (1–4)
//! or a letter (a–d), read a line at a time from standard input whether or not it is a
//! terminal, so it can be scripted: `printf '1\n2\n3\n' | citebot quiz --rounds 3`. After each
//! answer it reveals the right one with the quote that proves it and where it stands; at the
//! end, the score. A line that is no answer is asked again; the end of the input (or "quit")
//! ends the quiz early, with the score so far.

use std::io::{BufRead, Write};

use super::terminal::visible;
use super::Outcome;
use crate::knowledge::Metadata;
use crate::quiz::{Bank, NoRound, Round, CHOICES};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// How many questions to ask (each one once).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=100))]
    rounds: u16,

    /// Only questions on this topic (see `citebot ask "what topics"`, or /topics).
    #[arg(long)]
    topic: Option<String>,

    /// Choose the questions and the order of the choices from this number, to play the same
    /// quiz again (default: from the clock).
    #[arg(long)]
    seed: Option<u64>,
}

pub fn run(meta: &Metadata, bank: &Bank, args: Args) -> anyhow::Result<Outcome> {
    let seed = args.seed.unwrap_or_else(clock_seed);
    let rounds = match bank.rounds(args.topic.as_deref(), usize::from(args.rounds), seed) {
        Ok(rounds) if !rounds.is_empty() => rounds,
        Ok(_) | Err(NoRound::Empty) => anyhow::bail!("there are no quiz items to play (knowledge/quiz.toml)"),
        Err(NoRound::UnknownTopic { topics }) => {
            anyhow::bail!("no quiz items on that topic; the topics are: {}", topics.join(", "))
        }
    };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "Quiz: {} question(s) about \u{201C}{}\u{201D} ({}, {}).",
        rounds.len(),
        visible(&meta.title),
        visible(&meta.author),
        visible(&meta.date)
    )?;
    writeln!(out, "Answer with a number (1-{CHOICES}) or a letter (a-d); \"quit\" or Ctrl-D stops.")?;
    let mut right = 0;
    let mut asked = 0;
    for (n, round) in rounds.iter().enumerate() {
        writeln!(out, "\n{}", question(round, n + 1, rounds.len()))?;
        let Some(chosen) = read_choice(&mut input, &mut out)? else {
            writeln!(out, "\nStopped.")?;
            break;
        };
        asked += 1;
        if chosen == round.right {
            right += 1;
            writeln!(out, "Right!")?;
        } else {
            writeln!(out, "Not quite: the answer is \u{201C}{}\u{201D}.", visible(&round.choices[round.right]))?;
        }
        let quote = &round.item.quote;
        writeln!(out, "  \u{201C}{}\u{201D}\n    \u{2014} {}", visible(&quote.text), visible(&quote.location()))?;
    }
    writeln!(out, "\nScore: {right} of {asked}.")?;
    out.flush()?;
    Ok(Outcome::Success)
}

/// A question with its numbered choices.
fn question(round: &Round, n: usize, of: usize) -> String {
    let mut text =
        format!("Question {n} of {of} \u{00B7} {}\n{}\n", visible(&round.item.topic), visible(&round.item.question));
    for (i, choice) in round.choices.iter().enumerate() {
        text.push_str(&format!("  {} ({})  {}\n", i + 1, letter(i), visible(choice)));
    }
    text
}

fn letter(i: usize) -> char {
    char::from(b'a' + u8::try_from(i).unwrap_or(0))
}

/// Reads lines until one is an answer: a number from 1, or a letter from a. `None` at the end
/// of the input or on "quit".
fn read_choice(input: &mut impl BufRead, out: &mut impl Write) -> anyhow::Result<Option<usize>> {
    let mut line = Vec::new();
    loop {
        write!(out, "your answer> ")?;
        out.flush()?;
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&line).trim().to_lowercase();
        if matches!(text.as_str(), "quit" | "exit" | "q") {
            return Ok(None);
        }
        if let Some(choice) = parse_choice(&text) {
            // A piped answer is not echoed by a terminal; show it, so the transcript reads.
            if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                writeln!(out, "{text}")?;
            }
            return Ok(Some(choice));
        }
        writeln!(out, "Please answer with a number from 1 to {CHOICES}, or a letter from a to d.")?;
    }
}

/// "2", "b", "B)", "2." → 1.
fn parse_choice(text: &str) -> Option<usize> {
    let text = text.trim().trim_end_matches(['.', ')']);
    let choice = match text.parse::<usize>() {
        Ok(n) => n.checked_sub(1)?,
        Err(_) => {
            let mut chars = text.chars();
            let c = chars.next()?;
            if chars.next().is_some() || !c.is_ascii_lowercase() {
                return None;
            }
            usize::from(c as u8 - b'a')
        }
    };
    (choice < CHOICES).then_some(choice)
}

fn clock_seed() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(7, |d| d.as_nanos() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_numbers_or_letters() {
        assert_eq!(parse_choice("1"), Some(0));
        assert_eq!(parse_choice("4"), Some(3));
        assert_eq!(parse_choice("b"), Some(1));
        assert_eq!(parse_choice("d)"), Some(3));
        assert_eq!(parse_choice("2."), Some(1));
        for bad in ["0", "5", "e", "ab", "", "one", "-1"] {
            assert_eq!(parse_choice(bad), None, "{bad}");
        }
    }
}
