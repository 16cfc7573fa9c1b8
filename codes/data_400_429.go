package codes

// Entries for the registered 4xx codes from 400 through 429, in ascending order.
var entries400To429 = []Code{
	{
		Number: 400,
		Phrase: "Bad Request",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.1"},
			{RFC: 3261, Section: "8.1.3.2"},
			{RFC: 3261, Section: "18.3"},
			{RFC: 3261, Section: "10.3"},
		},
		Summary: "The request is malformed and the receiver could not parse or accept it",
		Aliases: []string{"Invalid Request"},
		Common:  true,
	},
	{
		Number: 401,
		Phrase: "Unauthorized",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.2"},
			{RFC: 3261, Section: "22.2"},
			{RFC: 3261, Section: "22.1"},
			{RFC: 3261, Section: "8.1.3.5"},
		},
		Summary: "The UAS or registrar wants credentials: resend with an Authorization header",
		Common:  true,
	},
	{
		Number: 402,
		Phrase: "Payment Required",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.3"},
		},
		Summary: "Reserved by RFC 3261 for future use; it has no standard meaning",
	},
	{
		Number: 403,
		Phrase: "Forbidden",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.4"},
			{RFC: 3261, Section: "22.1"},
			{RFC: 3261, Section: "10.3"},
			{RFC: 3261, Section: "8.2.2.1"},
		},
		Summary: "Understood but refused by policy; sending credentials will not change the answer",
		Common:  true,
	},
	{
		Number: 404,
		Phrase: "Not Found",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.5"},
			{RFC: 3261, Section: "8.2.2.1"},
			{RFC: 3261, Section: "10.3"},
		},
		Summary: "The user is unknown at this domain, or the domain is not served here",
		Common:  true,
	},
	{
		Number: 405,
		Phrase: "Method Not Allowed",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.6"},
			{RFC: 3261, Section: "8.2.1"},
			{RFC: 3261, Section: "20.5"},
		},
		Summary: "The method is known but not allowed for this address; Allow lists what is",
		Common:  true,
	},
	{
		Number: 406,
		Phrase: "Not Acceptable",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.7"},
			{RFC: 3261, Section: "20.1"},
			{RFC: 6665, Section: "4.1.2.1"},
		},
		Summary: "The server can only answer with content that the request's Accept header rules out",
	},
	{
		Number: 407,
		Phrase: "Proxy Authentication Required",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.8"},
			{RFC: 3261, Section: "22.3"},
			{RFC: 3261, Section: "16.7"},
			{RFC: 3261, Section: "8.1.3.5"},
		},
		Summary: "A proxy wants credentials: resend with a Proxy-Authorization header",
		Common:  true,
	},
	{
		Number: 408,
		Phrase: "Request Timeout",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.9"},
			{RFC: 3261, Section: "8.1.3.1"},
			{RFC: 3261, Section: "16.7"},
			{RFC: 3261, Section: "12.2.1.2"},
		},
		Summary: "No final answer came in time; often generated locally when a transaction timer expires",
		Aliases: []string{"Request Time-out"},
		Common:  true,
	},
	{
		Number: 410,
		Phrase: "Gone",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.10"},
		},
		Summary: "The user used to be here and is gone for good, with no forwarding address",
		Common:  true,
	},
	{
		Number: 412,
		Phrase: "Conditional Request Failed",
		Refs: []Ref{
			{RFC: 3903, Section: "11.2.1"},
			{RFC: 3903, Section: "5"},
			{RFC: 3903, Section: "6"},
			{RFC: 3903, Section: "4.3"},
		},
		Summary: "A PUBLISH refresh or update named an entity-tag the server no longer holds",
		Aliases: []string{"Precondition Failed"},
	},
	{
		Number: 413,
		Phrase: "Request Entity Too Large",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.11"},
			{RFC: 3261, Section: "8.1.3.5"},
		},
		Summary: "The request body is larger than the server will accept",
		Common:  true,
	},
	{
		Number: 414,
		Phrase: "Request-URI Too Long",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.12"},
		},
		Summary: "The Request-URI is longer than the server is willing to interpret",
		Aliases: []string{"Request-URI Too Large", "Request-URL Too Large"},
	},
	{
		Number: 415,
		Phrase: "Unsupported Media Type",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.13"},
			{RFC: 3261, Section: "8.1.3.5"},
		},
		Summary: "The request body's type, encoding or language is not supported for this method",
		Common:  true,
	},
	{
		Number: 416,
		Phrase: "Unsupported URI Scheme",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.14"},
			{RFC: 3261, Section: "8.2.2.1"},
			{RFC: 3261, Section: "16.3"},
			{RFC: 3261, Section: "8.1.3.5"},
			{RFC: 5630, Section: "5.1.1"},
		},
		Summary: "The server does not know the Request-URI's scheme (tel:, sips:, im: and so on)",
	},
	{
		Number: 417,
		Phrase: "Unknown Resource-Priority",
		Refs: []Ref{
			{RFC: 4412, Section: "4.6.2"},
			{RFC: 4412, Section: "4.7.1"},
			{RFC: 4412, Section: "3.2"},
		},
		Summary: "Resource-Priority handling was required but none of its values was understood",
	},
	{
		Number: 420,
		Phrase: "Bad Extension",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.15"},
			{RFC: 3261, Section: "8.2.2.3"},
			{RFC: 3261, Section: "16.3"},
			{RFC: 3261, Section: "8.1.3.5"},
		},
		Summary: "An option tag in Require or Proxy-Require is not supported; Unsupported names it",
		Common:  true,
	},
	{
		Number: 421,
		Phrase: "Extension Required",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.16"},
			{RFC: 3329, Section: "2.3.2"},
		},
		Summary: "The server needs an extension the client did not list in Supported; Require names it",
	},
	{
		Number: 422,
		Phrase: "Session Interval Too Small",
		Refs: []Ref{
			{RFC: 4028, Section: "6"},
			{RFC: 4028, Section: "7.4"},
			{RFC: 4028, Section: "8.1"},
			{RFC: 4028, Section: "9"},
		},
		Summary: "Session-Expires is below this server's minimum; retry with the Min-SE it returns",
		Aliases: []string{"Session Timer Too Small"},
		Common:  true,
	},
	{
		Number: 423,
		Phrase: "Interval Too Brief",
		Refs: []Ref{
			{RFC: 3261, Section: "21.4.17"},
			{RFC: 3261, Section: "10.3"},
			{RFC: 3261, Section: "10.2.8"},
			{RFC: 6665, Section: "4.2.1.1"},
		},
		Summary: "The requested expiry is shorter than the server allows; retry with Min-Expires",
		Common:  true,
	},
	{
		Number: 424,
		Phrase: "Bad Location Information",
		Refs: []Ref{
			{RFC: 6442, Section: "4.3"},
			{RFC: 6442, Section: "4.4"},
			{RFC: 6442, Section: "3.4"},
		},
		Summary: "The location the request carried is malformed, unusable or could not be fetched",
	},
	{
		Number: 425,
		Phrase: "Bad Alert Message",
		Refs: []Ref{
			{RFC: 8876, Section: "5.1"},
			{RFC: 8876, Section: "5.2"},
			{RFC: 8876, Section: "4.1"},
		},
		Summary: "The alert (CAP) a non-interactive emergency call refers to is unusable or cannot be found",
	},
	{
		Number: 428,
		Phrase: "Use Identity Header",
		Refs: []Ref{
			{RFC: 8224, Section: "6.2.2"},
		},
		Summary: "The verifier's policy requires a signed Identity header and the request had none",
	},
	{
		Number: 429,
		Phrase: "Provide Referrer Identity",
		Refs: []Ref{
			{RFC: 3892, Section: "5"},
			{RFC: 3892, Section: "2.3"},
			{RFC: 3892, Section: "2.1"},
			{RFC: 3892, Section: "2.2"},
		},
		Summary: "A referred request needs a valid signed Referred-By token from the referrer",
	},
}
