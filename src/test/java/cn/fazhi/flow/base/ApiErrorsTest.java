package cn.fazhi.flow.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;

/** The REST API's refusals (403) go to the security log, with the request refused; other failures do not. */
class ApiErrorsTest {

    private final AccessDenials denials = mock(AccessDenials.class);
    private final ApiErrors errors = new ApiErrors(mock(Messages.class, Answers.RETURNS_SMART_NULLS), denials);

    @Test
    void aDeniedMethodCallIsRecorded() {
        var reply = errors.denied(new AccessDeniedException("denied"), new MockHttpServletRequest("GET", "/api/x/1"));
        assertThat(reply.getStatusCode().value()).isEqualTo(403);
        verify(denials).record("GET /api/x/1", "error.noAccess");
    }

    @Test
    void aForbiddenBusinessFailureIsRecordedWithItsReason() {
        var reply = errors.flow(
                FlowException.forbidden("error.notDrafter"), new MockHttpServletRequest("POST", "/api/reports/7"));
        assertThat(reply.getStatusCode().value()).isEqualTo(403);
        verify(denials).record("POST /api/reports/7", "error.notDrafter");
    }

    @Test
    void otherFailuresAreNotRefusals() {
        errors.flow(FlowException.notFound("error.reportNotFound", 7), new MockHttpServletRequest("GET", "/api/x"));
        errors.flow(FlowException.invalid("error.badRequest"), new MockHttpServletRequest("GET", "/api/x"));
        verifyNoInteractions(denials);
    }
}
