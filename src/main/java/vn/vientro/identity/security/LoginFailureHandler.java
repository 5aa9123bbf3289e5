package vn.vientro.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the user back to the form with what they typed, never telling whether the account exists. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        // A disabled or unknown account answers like a wrong password: the page must not confirm which accounts exist.
        sendBack(request, response, "error=bad");
    }

    /** Back to the sign-in form with the error's parameters, keeping the username typed. */
    static void sendBack(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        String username = request.getParameter("username");
        String query = "?" + error + (username == null ? ""
                : "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        response.sendRedirect(request.getContextPath() + "/login" + query);
    }
}
