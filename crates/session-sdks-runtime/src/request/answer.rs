//! A non-2xx answer as an [`SdkError::Api`](crate::SdkError::Api): its typed entity, and of its
//! text only what the request's secrets allow (`server_text`).

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::error::{ErrorEntity, ResponseContent, SdkError};
use crate::server_text::summary;

use super::Request;

impl Request {
    /// A non-2xx response as an error, showing of its body only what the
    /// secrets this request carried allow (see `server_text`).
    pub(super) fn api_error<E: ErrorEntity>(
        &self,
        status: StatusCode,
        headers: HeaderMap,
        body: Bytes,
        sent: &[(HeaderName, HeaderValue)],
    ) -> SdkError<E> {
        let query_secrets = self.query_secrets();
        // Secrets as bytes: a header value that is not ASCII counts as much.
        let mut secrets: Vec<&[u8]> = self
            .secrets
            .iter()
            .map(|secret| secret.expose().as_bytes())
            .collect();
        secrets.extend(query_secrets.iter().map(Vec::as_slice));
        secrets.extend(self.client.secrets().map(str::as_bytes));
        // The providers' credentials (each whole value, and the token after `Bearer `).
        for (_, value) in sent {
            let value = value.as_bytes();
            secrets.push(value);
            secrets.extend(value.rsplit(|&b| b == b' ').next());
        }
        SdkError::Api(Box::new(ResponseContent {
            operation: self.op,
            status,
            entity: E::from_response(status, &body),
            preview: summary(&body, &secrets, E::documented_codes()),
            withheld: secrets.iter().any(|secret| !secret.is_empty()),
            headers,
            body,
        }))
    }
}
