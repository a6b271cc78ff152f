//! The classroom server's connections: accepted up to a limit, each given a deadline for its
//! request headers, and closed gracefully when the server stops.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tower_service::Service;

/// The most connections open at once. A student's page keeps one or two; the room takes
/// 2,000 students. Beyond it, a new connection waits until one closes.
pub const MAX_CONNECTIONS: usize = 4_096;

/// How long a client has to send a request's headers, from the connection's start or the end
/// of the last response: a client that sends them a byte at a time cannot hold a connection.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long stopping waits for the requests under way.
const DRAIN: Duration = Duration::from_secs(5);

/// Serves `app` on `listener` until `stop` completes: each connection with its peer's address
/// (as `ConnectInfo`), at most [`MAX_CONNECTIONS`] at once, each request's headers within
/// [`HEADER_TIMEOUT`]. Once `closing` says so, connections finish the request under way and
/// close.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    stop: impl Future<Output = ()>,
    closing: watch::Receiver<bool>,
) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    let mut stop = pin!(stop);
    loop {
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => slot,
            () = &mut stop => break,
        };
        let Ok(slot) = slot else { break };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut stop => break,
        };
        let Ok((stream, peer)) = accepted else {
            // Out of file descriptors, say: wait for some to close rather than spin.
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        let app = app.clone();
        let mut closing = closing.clone();
        tokio::spawn(async move {
            let service = service_fn(move |mut request: hyper::Request<Incoming>| {
                request
                    .extensions_mut()
                    .insert(ConnectInfo::<SocketAddr>(peer));
                let mut app = app.clone();
                // A router is always ready, so it is called without waiting for readiness.
                async move {
                    Ok::<_, Infallible>(
                        app.call(request)
                            .await
                            .unwrap_or_else(|never| match never {}),
                    )
                }
            });
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT);
            let mut connection = pin!(builder.serve_connection(TokioIo::new(stream), service));
            let stopping = tokio::select! {
                _ = connection.as_mut() => false,
                // The guard `wait_for` gives is let go of here, before any await.
                closing = closing.wait_for(|closing| *closing) => closing.is_ok(),
            };
            if stopping {
                connection.as_mut().graceful_shutdown();
                let _ = connection.await;
            }
            drop(slot);
        });
    }
    // Every slot back means every connection closed.
    let everyone = u32::try_from(MAX_CONNECTIONS).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(DRAIN, slots.acquire_many(everyone)).await;
}
