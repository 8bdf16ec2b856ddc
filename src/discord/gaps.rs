//! Recording the questions the bot could not answer, off the path of the reply.
//!
//! An abstention on a real question (not chatter) is a gap in a server's knowledge, and its
//! moderators want to see it in `/kb unanswered`. Saving it is a database write, so it must
//! neither delay the answer nor be able to fail it (the database may be slow, or away). The
//! reply path therefore only puts the question on a bounded queue ([`GapRecorder::record`]
//! never waits), and one task writes the queue out, one question at a time. A flood of
//! questions (many users, or a raid) then costs one task, and beyond the queue's bound
//! questions are dropped, not buffered without limit: the unanswered list is a hint for
//! moderators, not a record anyone relies on.
//!
//! On shutdown, [`GapWriter::finish`] writes what is still queued before returning, so a
//! restart loses no question that was asked before it.

use std::sync::Arc;
use std::time::Duration;

use serenity::all::GuildId;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tracing::{debug, warn};

use super::server;
use crate::guilds::Guilds;
use crate::storage::{unix_now, ServerId};

/// How many questions may wait to be written. Writes take milliseconds, so this is only ever
/// reached by a flood, which is then cut off rather than stored.
const QUEUE: usize = 1024;
/// How long shutdown waits for the queued questions to be written: part of `serve`'s 5 s to
/// stop after a signal.
const FINISH_WITHIN: Duration = Duration::from_secs(1);

/// The sending side, held by the bot's [`Data`](super::Data).
#[derive(Clone)]
pub struct GapRecorder {
    queue: mpsc::Sender<(ServerId, String)>,
}

/// The writing task, held by the [`Bot`](super::Bot) so shutdown can let it finish.
pub struct GapWriter {
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

impl GapRecorder {
    /// Starts the writer on the current tokio runtime.
    pub fn start(guilds: Arc<Guilds>) -> (GapRecorder, GapWriter) {
        let (queue, questions) = mpsc::channel(QUEUE);
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(write_all(guilds, questions, stopped));
        (GapRecorder { queue }, GapWriter { stop, task })
    }

    /// Queues `question`, asked in `guild`, to be counted in that server's unanswered list.
    /// Direct messages have no server, hence no list: they are not recorded. Never waits and
    /// never fails; a question that cannot be queued is logged and dropped.
    pub fn record(&self, guild: Option<GuildId>, question: &str) {
        let Some(guild) = guild else { return };
        if let Err(why) = self.queue.try_send((server(guild), question.to_owned())) {
            debug!(guild = guild.get(), "an unanswered question was not recorded: {why}");
        }
    }
}

impl GapWriter {
    /// Writes what is queued, then stops. Gives up (and logs it) after a few seconds, so a
    /// stuck disk cannot hold up shutdown for ever.
    pub async fn finish(self) {
        let _ = self.stop.send(());
        if tokio::time::timeout(FINISH_WITHIN, self.task).await.is_err() {
            warn!("gave up writing the last unanswered questions at shutdown");
        }
    }
}

async fn write_all(
    guilds: Arc<Guilds>,
    mut questions: mpsc::Receiver<(ServerId, String)>,
    mut stop: oneshot::Receiver<()>,
) {
    let mut failing = Failing::default();
    loop {
        tokio::select! {
            next = questions.recv() => match next {
                Some(gap) => write(&guilds, gap, &mut failing).await,
                None => return,
            },
            _ = &mut stop => break,
        }
    }
    // Refuse new questions, then drain the ones already queued.
    questions.close();
    while let Some(gap) = questions.recv().await {
        write(&guilds, gap, &mut failing).await;
    }
}

/// While the database fails, the first failure is logged, then one a minute: an outage must not
/// flood the log with a line per question.
#[derive(Default)]
struct Failing {
    logged: Option<std::time::Instant>,
    dropped: u64,
}

async fn write(guilds: &Guilds, (guild, question): (ServerId, String), failing: &mut Failing) {
    match guilds.db().record_unanswered(guild, &question, unix_now()).await {
        Ok(_) => {
            if failing.logged.take().is_some() {
                warn!("unanswered questions are recorded again ({} were not)", failing.dropped);
                failing.dropped = 0;
            }
        }
        Err(why) => {
            failing.dropped += 1;
            if failing.logged.is_none_or(|at| at.elapsed() >= Duration::from_secs(60)) {
                warn!(guild = guild.get(), "could not record an unanswered question: {why}");
                failing.logged = Some(std::time::Instant::now());
            }
        }
    }
}
