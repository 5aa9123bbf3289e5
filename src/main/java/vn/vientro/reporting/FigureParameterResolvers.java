package vn.vientro.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@link FigureChoice} and a {@link PeriodParameters} from any figure's request, with one rule: an address a
 * person typed or edited on a page reads what it can (a typo narrows nothing, the page still shows figures), while a
 * program's call under {@code /api/} is refused at the parameter that names nothing, so it never takes unfiltered
 * figures for filtered ones.
 */
@Configuration(proxyBeanMethods = false)
class FigureParameterResolvers implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    private static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == FigureChoice.class
                    || parameter.getParameterType() == PeriodParameters.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binders) {
            HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
            boolean program = http != null && http.getRequestURI().startsWith("/api/");
            MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
            request.getParameterMap().forEach((name, given) -> values.put(name, List.of(given)));
            if (parameter.getParameterType() == FigureChoice.class) {
                return program ? FigureChoice.require(values) : FigureChoice.read(values);
            }
            PeriodParameters period = new PeriodParameters(values.getFirst("period"), values.getFirst("from"),
                    values.getFirst("to"));
            if (program) {
                period.check();
            }
            return period;
        }
    }
}
