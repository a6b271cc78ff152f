//! The classroom server's connections: accepted up to a limit, each given a deadline for its
//! request headers, and closed gracefully when the server stops.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::pin;
use std::sync::{Arc, Mutex, PoisonError};
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
/// 2,000 students. Beyond it, a new connection waits until one closes. Fewer when the system
/// lets the process open fewer files.
pub const MAX_CONNECTIONS: usize = 4_096;

/// The most connections open at once from one address: a room's devices each have their
/// own, and a school's network that shows them all as one is still far below it.
pub const MAX_PER_ADDRESS: usize = 256;

/// Files kept for other uses than connections: the database, its journal, the runtime.
const OTHER_FILES: u64 = 64;

/// How long a client has to send a request's headers, from the connection's start or the end
/// of the last response: a client that sends them a byte at a time cannot hold a connection.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long stopping waits for the requests under way.
const DRAIN: Duration = Duration::from_secs(5);

/// Serves `app` on `listener` until `stop` completes: each connection with its peer's address
/// (as `ConnectInfo`), at most [`MAX_CONNECTIONS`] at once and [`MAX_PER_ADDRESS`] from one
/// address, each request's headers within [`HEADER_TIMEOUT`]. Once `closing` says so, connections finish the request under way and
/// close.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    stop: impl Future<Output = ()>,
    closing: watch::Receiver<bool>,
) {
    let capacity = connection_capacity();
    let slots = Arc::new(Semaphore::new(capacity));
    let per_address: Arc<Mutex<HashMap<IpAddr, usize>>> = Arc::default();
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
        let Some(from_address) = AddressSlot::take(&per_address, peer.ip()) else {
            // One address holding this many is not a room's device: closed at once.
            drop(stream);
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
            drop((slot, from_address));
        });
    }
    // Every slot back means every connection closed.
    let everyone = u32::try_from(capacity).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(DRAIN, slots.acquire_many(everyone)).await;
}

/// How many connections may be open at once: [`MAX_CONNECTIONS`], after raising the
/// process's open-file limit toward it, or fewer when the system allows fewer files.
fn connection_capacity() -> usize {
    let wanted = MAX_CONNECTIONS as u64 + OTHER_FILES;
    let files = rlimit::increase_nofile_limit(wanted).unwrap_or(1_024);
    usize::try_from(files.saturating_sub(OTHER_FILES))
        .unwrap_or(MAX_CONNECTIONS)
        .clamp(16, MAX_CONNECTIONS)
}

/// One connection counted against its address, given back when dropped.
struct AddressSlot {
    counts: Arc<Mutex<HashMap<IpAddr, usize>>>,
    address: IpAddr,
}

impl AddressSlot {
    /// A slot for a connection from `address`, unless it has [`MAX_PER_ADDRESS`] already.
    fn take(counts: &Arc<Mutex<HashMap<IpAddr, usize>>>, address: IpAddr) -> Option<Self> {
        let mut held = counts.lock().unwrap_or_else(PoisonError::into_inner);
        let count = held.entry(address).or_default();
        if *count >= MAX_PER_ADDRESS {
            return None;
        }
        *count += 1;
        Some(Self {
            counts: Arc::clone(counts),
            address,
        })
    }
}

impl Drop for AddressSlot {
    fn drop(&mut self) {
        let mut held = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = held.get_mut(&self.address) {
            *count -= 1;
            if *count == 0 {
                held.remove(&self.address);
            }
        }
    }
}
