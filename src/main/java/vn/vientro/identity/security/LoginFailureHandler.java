package vn.vientro.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Tells the user why sign-in failed (wrong credentials or locked) without revealing whether an account exists. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        // A disabled account answers like a wrong password: the page must not confirm which accounts exist.
        String reason = exception instanceof LockedException ? "locked" : "bad";
        String username = request.getParameter("username");
        String query = "?error=" + reason + (username == null ? ""
                : "&username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8));
        response.sendRedirect(request.getContextPath() + "/login" + query);
    }
}
