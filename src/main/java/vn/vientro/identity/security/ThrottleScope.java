package vn.vientro.identity.security;

/** What a sign-in throttle counts the attempts of. */
enum ThrottleScope {
    /** One username, known or not, from browsers that account does not trust. */
    ACCOUNT,
    /** One source address, whatever the username. */
    ADDRESS,
    /** One browser trusted by the account that signed in with it. */
    DEVICE
}
