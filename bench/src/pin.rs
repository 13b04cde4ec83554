//! Pins a thread to one CPU, so the loopback server and the measured client
//! never share a core: on two cores, letting the scheduler place three busy
//! threads moved single runs by +-5 % with identical code on both sides.

/// Pins the calling thread to `cpu`; false where that is not possible (not
/// Linux, the CPU does not exist or is not allowed to this process).
#[cfg(target_os = "linux")]
pub(crate) fn current_thread_to(cpu: usize) -> bool {
    if cpu >= libc::CPU_SETSIZE as usize {
        return false;
    }
    #[allow(unsafe_code)]
    // SAFETY: `set` is a plain bit set owned by this frame, passed with its
    // own size; pid 0 is the calling thread.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu, &mut set);
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) == 0
    }
}

/// Pins the calling thread to `cpu`; not supported off Linux.
#[cfg(not(target_os = "linux"))]
pub(crate) fn current_thread_to(_cpu: usize) -> bool {
    false
}
