package vn.vientro;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Vientro: foreign non-governmental aid management for a Vietnamese province. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Vientro", sharedModules = {"shared", "platform"})
public class VientroApplication {

    public static void main(String[] args) {
        SpringApplication.run(VientroApplication.class, args);
    }
}
