//! How `serve` is told to stop: Ctrl-C (SIGINT) or SIGTERM, in whatever state the bot is.
//!
//! The handlers are installed by [`Stop::on_signals`], before anything connects, so a signal
//! that arrives while the bot is still reaching Discord is caught rather than killing the
//! process; [`Stop::requested`] resolves from then on, as often as it is awaited.

use tokio::sync::watch;
use tracing::error;

/// Whether a stop was requested, shared by every part that has to wait for it.
#[derive(Clone)]
pub struct Stop {
    requested: watch::Receiver<bool>,
}

impl Stop {
    /// Listens for Ctrl-C and SIGTERM from now on. Call it inside the runtime. A signal that
    /// cannot be listened for is logged, and the other still works.
    pub fn on_signals() -> Stop {
        let (tell, requested) = watch::channel(false);
        let signals = listen();
        tokio::spawn(async move {
            signals.await;
            let _ = tell.send(true);
        });
        Stop { requested }
    }

    /// A stop that `trigger` requests, for tests and embedders.
    pub fn manual() -> (watch::Sender<bool>, Stop) {
        let (tell, requested) = watch::channel(false);
        (tell, Stop { requested })
    }

    /// Resolves once a stop is requested (at once if it already was).
    pub async fn requested(&self) {
        let mut requested = self.requested.clone();
        if requested.wait_for(|&stop| stop).await.is_err() {
            // Nobody can request a stop any more: never resolve.
            std::future::pending::<()>().await;
        }
    }
}

/// The signal handlers, registered now; the future resolves on the first signal.
fn listen() -> impl std::future::Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let interrupt = signal(SignalKind::interrupt());
        let terminate = signal(SignalKind::terminate());
        async move {
            let wait = |listening: std::io::Result<tokio::signal::unix::Signal>, name: &'static str| async move {
                match listening {
                    Ok(mut listening) => {
                        listening.recv().await;
                    }
                    Err(why) => {
                        error!("cannot listen for {name}: {why}");
                        std::future::pending::<()>().await;
                    }
                }
            };
            tokio::select! {
                () = wait(interrupt, "Ctrl-C (SIGINT)") => {}
                () = wait(terminate, "SIGTERM") => {}
            }
        }
    }
    #[cfg(not(unix))]
    async {
        if let Err(why) = tokio::signal::ctrl_c().await {
            error!("cannot listen for Ctrl-C: {why}");
            std::future::pending::<()>().await;
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM, whichever comes first, listening from the first poll.
pub async fn shutdown_signal() {
    listen().await;
}
