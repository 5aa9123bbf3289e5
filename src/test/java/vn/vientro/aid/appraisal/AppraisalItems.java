package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.aid.AidTeam;
import vn.vientro.aid.dossier.DossierFixtures;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.testing.WebClient;

/**
 * Aid items for the appraisal tests, made through the API as the members of an {@link AidTeam} would: drafted,
 * submitted, opened.
 */
final class AppraisalItems {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final AidTeam team;

    AppraisalItems(int port, AidTeam team) {
        this.port = port;
        this.team = team;
    }

    /**
     * The agency a test names: the province's own bodies by their codes (CA-TINH, STC, VP-UBND, UBND-TINH), and the
     * team's OWNER, COMMUNE and OTHER_DEPARTMENT.
     */
    long agency(String code) {
        return switch (code) {
            case "CA-TINH" -> ProvinceAgencies.police().id();
            case "STC" -> ProvinceAgencies.finance().id();
            case "VP-UBND" -> ProvinceAgencies.committeeOffice().id();
            case "UBND-TINH" -> ProvinceAgencies.peoplesCommittee().id();
            case "OWNER" -> team.owner().id();
            case "COMMUNE" -> team.commune().id();
            case "OTHER_DEPARTMENT" -> team.otherDepartment().id();
            default -> throw new IllegalArgumentException("no agency " + code + " in the appraisal tests");
        };
    }

    /** A programme of the team's aid owner (drafted by its officer), governed by the Provincial PC. */
    Item underAppraisal() {
        return underAppraisal("officer", team.owner().id());
    }

    Item underAppraisal(String drafter, long owner) {
        return underAppraisal(drafter, owner, "Nâng cao năng lực chăm sóc sức khỏe ban đầu tại xã");
    }

    /** The same programme with its own objectives (which may end with a full stop, as typed). */
    Item underAppraisal(String drafter, long owner, String objectives) {
        String name = "Chương trình chăm sóc sức khỏe ban đầu " + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"kind":"PROGRAMME","deliveryForm":"CASH","nameVi":"%s","nameOriginal":"Primary Health Care Programme",
                 "donorId":%d,"ownerAgencyId":%d,"governingAgencyId":%d,"plannedStart":"2027-01-01",
                 "plannedEnd":"2028-12-31","totalAmount":"500000","totalCurrency":"USD",
                 "counterpartAmount":"1500000000","counterpartCurrency":"VND","counterpartSource":"ngân sách tỉnh",
                 "objectivesVi":"%s",
                 "targetGroups":"Người dân trong xã","beneficiariesTotal":12000,
                 "sectors":[{"sectorCode":"12220","percent":100}],
                 "locations":[{"communeCode":"05128","percent":100}]}
                """.formatted(name, team.donor().id(), owner, agency("UBND-TINH"), objectives);
        HttpResponse<String> created = WebClient.api(port, "POST", "/api/v1/aid-items", team.named(drafter).token(), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode json = JSON.readTree(created.body());
        long id = json.get("id").asLong();
        DossierFixtures.completeForSubmission(port, team.focal().token(), id);
        move(id, "submit", drafter);
        move(id, "open-appraisal", "appraiser");
        return new Item(id, json.get("code").asString(), name);
    }

    void move(long id, String action, String user) {
        move(id, action, user, Map.of());
    }

    HttpResponse<String> move(long id, String action, String user, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("{\"version\":" + version(id));
        fields.forEach((key, value) -> body.append(",\"").append(key).append("\":\"").append(value).append('"'));
        HttpResponse<String> response = WebClient.api(port, "POST", "/api/v1/aid-items/" + id + "/transitions/"
                + action, team.named(user).token(), body.append('}').toString());
        if (fields.isEmpty()) {
            assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        }
        return response;
    }

    long version(long id) {
        HttpResponse<String> item = WebClient.api(port, "GET", "/api/v1/aid-items/" + id, team.focal().token(), null);
        return JSON.readTree(item.body()).get("item").get("version").asLong();
    }

    /** Asks agencies over the API as the appraiser: {@code [agencyCode, topic, question]} each. */
    List<Long> ask(long itemId, String askedOn, String[]... requests) {
        StringBuilder body = new StringBuilder("{\"askedOn\":\"" + askedOn + "\",\"requests\":[");
        for (int i = 0; i < requests.length; i++) {
            body.append(i == 0 ? "" : ",").append("{\"agencyId\":").append(agency(requests[i][0]))
                    .append(",\"topic\":\"").append(requests[i][1]).append('"');
            if (requests[i].length > 2) {
                body.append(",\"question\":\"").append(requests[i][2]).append('"');
            }
            body.append('}');
        }
        HttpResponse<String> response = WebClient.api(port, "POST", "/api/v1/aid-items/" + itemId + "/opinions",
                team.appraiser().token(), body.append("]}").toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).valueStream().map(node -> node.get("id").asLong()).toList();
    }

    HttpResponse<String> answer(long itemId, long opinionId, String user, String answer, String text) {
        return WebClient.api(port, "POST", "/api/v1/aid-items/" + itemId + "/opinions/" + opinionId + "/answer",
                team.named(user).token(), """
                        {"answer":"%s","answerText":"%s"}""".formatted(answer, text));
    }

    /** Downloads a file as a signed-in user of the pages (bytes, which the test client does not keep). */
    HttpResponse<byte[]> download(String path, String user) {
        WebClient browser = team.named(user).browser(port);
        String session = browser.cookie("SESSION").orElseThrow();
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", "SESSION=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts a form with repeated fields (several ticked checkboxes), as the signed-in {@code client}, with the CSRF
     * token of {@code page}: the shared test client sends one value per name.
     */
    HttpResponse<String> postForm(WebClient client, String page, String path, List<String[]> fields) {
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(client.get(page).body());
        assertThat(csrf.find()).isTrue();
        StringBuilder body = new StringBuilder("_csrf=" + encode(csrf.group(1)));
        fields.forEach(field -> body.append('&').append(encode(field[0])).append('=').append(encode(field[1])));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", "SESSION=" + client.cookie("SESSION").orElseThrow())
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a multipart form (fields and one file) as the signed-in {@code client}, with the CSRF token of {@code page}. */
    HttpResponse<String> postMultipart(WebClient client, String page, String path, java.util.Map<String, String> fields,
                                       String fileName, byte[] content) {
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(client.get(page).body());
        assertThat(csrf.find()).isTrue();
        String boundary = "----appraisal-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf.group(1));
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Cookie", "SESSION=" + client.cookie("SESSION").orElseThrow())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    record Item(long id, String code, String name) {
    }
}
