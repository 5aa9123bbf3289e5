package vn.vientro.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.vientro.platform.Province;
import vn.vientro.platform.VientroProperties;

/** Names the deployment's province from its official code; fails fast on a code that is not one of the 34. */
@Component
class ProvinceDirectory {

    private final Province deploymentProvince;

    ProvinceDirectory(VientroProperties properties) {
        Map<String, Province> provinces = load();
        Province province = provinces.get(properties.provinceCode());
        if (province == null) {
            throw new IllegalStateException("vientro.province-code=" + properties.provinceCode()
                    + " is not a current province code; expected one of " + provinces.keySet());
        }
        this.deploymentProvince = province;
    }

    Province deploymentProvince() {
        return deploymentProvince;
    }

    private static Map<String, Province> load() {
        Map<String, Province> provinces = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("platform/provinces.csv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";"))
                    .forEach(cells -> provinces.put(cells[0], new Province(cells[0], cells[1], cells[2], cells[3])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return provinces;
    }
}
