package vn.vientro.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.vientro.identity.token.ApiTokens;
import vn.vientro.platform.CurrentUser;
import vn.vientro.shared.Role;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.Unique;
import vn.vientro.testing.WebClient;

/**
 * A member of staff made for a test through {@link Users} and {@link ApiTokens}, as an administrator would: a new
 * user at each call (username {@code <role>-<n>}), with {@link #PASSWORD} and an API token, in the province's agency
 * for the role ({@link ProvinceAgencies}) or the one given.
 */
public record Staff(long id, String username, String fullName, Role role, long agencyId, String token) {

    public static final String PASSWORD = "Thu-nghiem-2026";

    private static final Map<Role, String[]> NAMES = Map.of(
            Role.ADMIN, new String[] {"admin", "Quản trị viên"},
            Role.FOCAL_POINT, new String[] {"focal", "Cán bộ đầu mối"},
            Role.APPRAISER, new String[] {"appraiser", "Chuyên viên thẩm định"},
            Role.SECURITY, new String[] {"police", "Cán bộ công an"},
            Role.AGENCY_OFFICER, new String[] {"officer", "Chuyên viên"},
            Role.LEADER, new String[] {"leader", "Lãnh đạo tỉnh"});

    public static Staff admin() {
        return hire(Role.ADMIN, ProvinceAgencies.committeeOffice().id());
    }

    public static Staff focalPoint() {
        return hire(Role.FOCAL_POINT, ProvinceAgencies.committeeOffice().id());
    }

    public static Staff appraiser() {
        return hire(Role.APPRAISER, ProvinceAgencies.finance().id());
    }

    public static Staff police() {
        return hire(Role.SECURITY, ProvinceAgencies.police().id());
    }

    public static Staff leader() {
        return hire(Role.LEADER, ProvinceAgencies.peoplesCommittee().id());
    }

    /** An officer of a new line department of their own. */
    public static Staff officer() {
        return officerOf(ProvinceAgencies.newLineDepartment().id());
    }

    public static Staff officerOf(long agencyId) {
        return hire(Role.AGENCY_OFFICER, agencyId);
    }

    public static Staff hire(Role role, long agencyId) {
        int n = Unique.number();
        String username = NAMES.get(role)[0] + "-" + n;
        String fullName = NAMES.get(role)[1] + " " + n;
        Users users = ApplicationUnderTest.bean(Users.class);
        ApiTokens tokens = ApplicationUnderTest.bean(ApiTokens.class);
        return SystemAuthentication.asAdministrator("system:test", () -> {
            long id = users.open(username, PASSWORD, new AccountDetails(fullName, username + "@example.org", null,
                    agencyId, Set.of(role), true));
            tokens.issueFixed(id, "test", "test-" + username);
            return new Staff(id, username, fullName, role, agencyId, "test-" + username);
        });
    }

    /** A web client signed in as this person, as their browser would be. */
    public WebClient browser(int port) {
        return WebClient.signedIn(port, username, PASSWORD);
    }

    /**
     * Runs work in this thread as this person, with their role and agency, as a request of theirs would: for tests that
     * call a service directly (event flows with Modulith's {@code Scenario}).
     */
    public <T> T acting(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext mine = SecurityContextHolder.createEmptyContext();
        mine.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of(
                new SimpleGrantedAuthority(role.authority()),
                new SimpleGrantedAuthority(CurrentUser.agencyAuthority(agencyId)))));
        SecurityContextHolder.setContext(mine);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
