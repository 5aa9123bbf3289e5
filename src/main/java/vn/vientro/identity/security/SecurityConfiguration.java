package vn.vientro.identity.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import vn.vientro.identity.IdentityPolicy;
import vn.vientro.identity.token.PresentedTokens;
import vn.vientro.platform.ProblemResponses;
import vn.vientro.platform.PublicPaths;

/**
 * Staff sign in with a form (session stored in PostgreSQL, shared by all nodes); API clients send a personal token.
 * Roles are checked again in the services ({@code @PreAuthorize}), so pages, API and imports obey the same rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PresentedTokens tokens, AccountLookup accounts,
                                            TokenSignIns signIns,
                                            IdentityPolicy policy, ThrottleCounters throttles, TrustedDevices devices,
                                            ProblemResponses problemResponses, LocaleResolver locales,
                                            ObjectProvider<PublicPaths> publicPaths)
            throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(problemResponses, locales);
        // The administrators' pages and the actuator, as a whole; each page's controller and service check again.
        AuthorizationManager<RequestAuthorizationContext> administrators =
                (user, request) -> new AuthorizationDecision(policy.administers());
        String[] anonymousReadable = publicPaths.orderedStream()
                .flatMap(paths -> paths.anonymousReadable().stream())
                .toArray(String[]::new);
        RequestMatcher anonymousPosts = anonymousPosts(publicPaths);
        http
            .authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers("/", "/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**",
                        "/webjars/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").access(administrators)
                .requestMatchers(HttpMethod.GET, anonymousReadable.length == 0 ? new String[] {"/"} : anonymousReadable)
                .permitAll()
                .requestMatchers(anonymousPosts).permitAll()
                .requestMatchers("/app/admin/**").access(administrators)
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(new SignInSuccessHandler(throttles, devices))
                .failureHandler(new LoginFailureHandler()))
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenAuthenticationFilter::signsInByToken)
                .ignoringRequestMatchers(anonymousPosts))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .requestCache(cache -> cache.requestCache(pagesToReturnTo()))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(problems, API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        AnyRequestMatcher.INSTANCE)
                .defaultAccessDeniedHandlerFor(problems, API)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'"))
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, signIns, problems),
                    UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(new SignInThrottleFilter(throttles, devices), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The security filters are not observed one by one (Micrometer timers and events around each of ~15 filters cost a
     * measurable part of an API call: bench/search-notes.md); requests stay timed as a whole (http_server_requests),
     * and authentications and authorizations stay observed.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    /**
     * A page refused for want of a session is kept in a new session, to return to after signing in; an API call is
     * not (nobody signs in to return to it), or every anonymous call would write a session row for nothing. Otherwise
     * Spring Security's own choice (RequestCacheConfigurer): GET, no favicon, no JSON, XHR, upload, event stream or
     * websocket.
     */
    private static RequestCache pagesToReturnTo() {
        MediaTypeRequestMatcher json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
        MediaTypeRequestMatcher upload = new MediaTypeRequestMatcher(MediaType.MULTIPART_FORM_DATA);
        MediaTypeRequestMatcher stream = new MediaTypeRequestMatcher(MediaType.TEXT_EVENT_STREAM);
        for (MediaTypeRequestMatcher matcher : List.of(json, upload, stream)) {
            matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        }
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/favicon.*")),
                new NegatedRequestMatcher(json),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("Upgrade", "websocket")),
                new NegatedRequestMatcher(upload),
                new NegatedRequestMatcher(stream),
                new NegatedRequestMatcher(API)));
        return cache;
    }

    /** The forms the modules open to anonymous visitors (PublicPaths.anonymousPostable), POST only. */
    private static RequestMatcher anonymousPosts(ObjectProvider<PublicPaths> publicPaths) {
        List<RequestMatcher> matchers = publicPaths.orderedStream()
                .flatMap(paths -> paths.anonymousPostable().stream())
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))
                .toList();
        return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
    }
}
