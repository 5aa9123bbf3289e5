package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks a controller method's {@code @PreAuthorize} before Spring reads the request body or validates the form, so a
 * caller without the right gets 403 and never learns from a 400 or 409 what the operation would have accepted. The
 * expression sees the path variables and request parameters by name (a body is not read yet, and is {@code null}).
 * Spring Security checks the same annotation again when the method runs, and the service behind it checks its own.
 */
class PermissionBeforeBinding implements HandlerInterceptor {

    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    /** Each handler's rule, parsed once (an empty one for a handler without a rule): looked up on every request. */
    private final Map<Method, Optional<Expression>> rules = new ConcurrentHashMap<>();
    private final ApplicationContext context;

    PermissionBeforeBinding(ApplicationContext context) {
        this.context = context;
        this.expressions.setApplicationContext(context);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<Expression> rule = rules.computeIfAbsent(method.getMethod(), key -> Optional.ofNullable(rule(method))
                .map(found -> expressions.getExpressionParser().parseExpression(found.value())));
        if (rule.isEmpty()) {
            return true;
        }
        Expression expression = rule.get();
        Arguments arguments = arguments(method, request);
        MethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                arguments.values());
        EvaluationContext context = expressions.createEvaluationContext(
                () -> SecurityContextHolder.getContext().getAuthentication(), invocation);
        boolean allowed;
        try {
            allowed = ExpressionUtils.evaluateAsBoolean(expression, context);
        } catch (RuntimeException unanswerable) {
            if (arguments.malformed()) {
                return true; // the rule needs a value the request gives malformed: the binder's 400 is the answer
            }
            throw unanswerable;
        }
        if (!allowed) {
            throw new AccessDeniedException("Access denied before reading the request");
        }
        return true;
    }

    /**
     * The values the expression may name; one the request gives malformed stands as if it were absent, so that a rule
     * that does not depend on it (a role, or an item that does not exist) still refuses before the binder's 400.
     */
    private record Arguments(Object[] values, boolean malformed) {
    }

    /** The method's rule, or its controller's: a rule on the class holds for each method, as for method security. */
    private static @Nullable PreAuthorize rule(HandlerMethod method) {
        PreAuthorize own = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        return own != null ? own : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
    }

    /** The values the expression may name: path variables and request parameters. */
    private Arguments arguments(HandlerMethod method, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        MethodParameter[] parameters = method.getMethodParameters();
        Object[] arguments = new Object[parameters.length];
        boolean malformed = false;
        for (int i = 0; i < parameters.length; i++) {
            MethodParameter parameter = parameters[i];
            parameter.initParameterNameDiscovery(PARAMETER_NAMES);
            String raw = raw(parameter, variables, request);
            if (raw == null) {
                arguments[i] = defaultFor(parameter.getParameterType());
                continue;
            }
            try {
                arguments[i] = conversions().convert(raw, TypeDescriptor.valueOf(String.class),
                        new TypeDescriptor(parameter));
            } catch (RuntimeException notConverted) {
                arguments[i] = defaultFor(parameter.getParameterType());
                malformed = true;
            }
        }
        return new Arguments(arguments, malformed);
    }

    /** Spring MVC's own conversions, as the binder will use them (looked up late: they are built after this). */
    private ConversionService conversions() {
        return context.getBean("mvcConversionService", ConversionService.class);
    }

    private static @Nullable String raw(MethodParameter parameter, @Nullable Map<String, String> variables,
                                        HttpServletRequest request) {
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null) {
            String name = !path.name().isEmpty() ? path.name() : parameter.getParameterName();
            return variables == null || name == null ? null : variables.get(name);
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            return name == null ? null : request.getParameter(name);
        }
        return null;
    }

    /** A primitive the request does not give stands as zero, as Java would have it; objects stand as null. */
    private static @Nullable Object defaultFor(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? Boolean.FALSE : type == long.class ? 0L : type == int.class ? 0 : null;
    }
}
