package vn.vientro.interchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The province's open data in IATI 2.03, for anyone: written straight to the response as it is read, never built
 * whole in memory.
 */
@RestController
@Tag(name = "iati", description = "The province's open data as IATI 2.03 files")
class IatiApiController {

    static final String ACTIVITIES = "/api/v1/iati/activities.xml";
    static final String ORGANISATION = "/api/v1/iati/organisation.xml";
    private static final String XML = "application/xml;charset=UTF-8";

    private final ActivityFile activities;
    private final OrganisationFile organisation;

    IatiApiController(ActivityFile activities, OrganisationFile organisation) {
        this.activities = activities;
        this.organisation = organisation;
    }

    @GetMapping(ACTIVITIES)
    @Operation(summary = "The approved aid items the focal point made public, as an IATI 2.03 activity file with "
            + "only their public groups of fields; no sign-in", responses = @ApiResponse(responseCode = "200",
            content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string"))))
    void activities(HttpServletResponse response) throws IOException {
        response.setContentType(XML);
        activities.write(response.getOutputStream(), ServletUriComponentsBuilder.fromCurrentContextPath()
                .toUriString());
    }

    @GetMapping(ORGANISATION)
    @Operation(summary = "The province as an IATI 2.03 organisation file; no sign-in",
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string"))))
    void organisation(HttpServletResponse response) throws IOException {
        response.setContentType(XML);
        organisation.write(response.getOutputStream());
    }
}
