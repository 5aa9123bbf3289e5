package vn.vientro.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.vientro.identity.token.PresentedTokens;
import vn.vientro.identity.token.TokenHash;

/**
 * Signs in a request to a machine endpoint (the API, its OpenAPI document, the actuator) that carries
 * {@code Authorization: Bearer <token>}, for that request only: no session is created, so the token (not a cookie) is
 * the credential and CSRF does not apply. Anywhere else, staff pages above all, the header changes nothing: a page
 * request is signed in by its session cookie alone, so the CSRF check must stay whatever headers come with it.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final PresentedTokens tokens;
    private final AccountLookup accounts;
    private final TokenSignIns signIns;
    private final AuthenticationEntryPoint entryPoint;

    ApiTokenAuthenticationFilter(PresentedTokens tokens, AccountLookup accounts, TokenSignIns signIns,
                                 AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.signIns = signIns;
        this.entryPoint = entryPoint;
    }

    /** A request this filter signs in by its token alone, which therefore needs no CSRF token. */
    static boolean signsInByToken(HttpServletRequest request) {
        return servesMachines(request) && carriesToken(request);
    }

    private static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    private static boolean servesMachines(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/")
                || path.equals("/v3/api-docs") || path.startsWith("/v3/api-docs/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader("Authorization").substring(BEARER.length()).trim();
        Optional<SignedInUser> user = signedIn(secret);
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The token's owner, from memory when it was looked up lately (TokenSignIns says how long and what forgets it). */
    private Optional<SignedInUser> signedIn(String secret) {
        String hash = TokenHash.of(secret);
        Optional<SignedInUser> remembered = signIns.remembered(hash);
        if (remembered.isPresent()) {
            return remembered;
        }
        long generation = signIns.generation();
        Optional<PresentedTokens.Owner> owner = tokens.owner(secret);
        Optional<SignedInUser> user = owner.flatMap(found -> accounts.byId(found.userId()))
                .filter(SignedInUser::isEnabled);
        user.ifPresent(found -> signIns.remember(hash, generation, found, owner.get().lastDay()));
        return user;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !servesMachines(request);
    }
}
