package codes

// Registered SIP response codes, named after their reason phrases, with the
// section that defines each.
const (
	Trying                = 100 // RFC 3261 §21.1.1
	Ringing               = 180 // RFC 3261 §21.1.2
	CallIsBeingForwarded  = 181 // RFC 3261 §21.1.3
	Queued                = 182 // RFC 3261 §21.1.4
	SessionProgress       = 183 // RFC 3261 §21.1.5
	EarlyDialogTerminated = 199 // RFC 6228

	OK             = 200 // RFC 3261 §21.2.1
	Accepted       = 202 // RFC 6665, deprecated
	NoNotification = 204 // RFC 5839

	MultipleChoices    = 300 // RFC 3261 §21.3.1
	MovedPermanently   = 301 // RFC 3261 §21.3.2
	MovedTemporarily   = 302 // RFC 3261 §21.3.3
	UseProxy           = 305 // RFC 3261 §21.3.4
	AlternativeService = 380 // RFC 3261 §21.3.5

	BadRequest                   = 400 // RFC 3261 §21.4.1
	Unauthorized                 = 401 // RFC 3261 §21.4.2
	PaymentRequired              = 402 // RFC 3261 §21.4.3
	Forbidden                    = 403 // RFC 3261 §21.4.4
	NotFound                     = 404 // RFC 3261 §21.4.5
	MethodNotAllowed             = 405 // RFC 3261 §21.4.6
	NotAcceptable                = 406 // RFC 3261 §21.4.7
	ProxyAuthenticationRequired  = 407 // RFC 3261 §21.4.8
	RequestTimeout               = 408 // RFC 3261 §21.4.9
	Gone                         = 410 // RFC 3261 §21.4.10
	ConditionalRequestFailed     = 412 // RFC 3903
	RequestEntityTooLarge        = 413 // RFC 3261 §21.4.11
	RequestURITooLong            = 414 // RFC 3261 §21.4.12
	UnsupportedMediaType         = 415 // RFC 3261 §21.4.13
	UnsupportedURIScheme         = 416 // RFC 3261 §21.4.14
	UnknownResourcePriority      = 417 // RFC 4412
	BadExtension                 = 420 // RFC 3261 §21.4.15
	ExtensionRequired            = 421 // RFC 3261 §21.4.16
	SessionIntervalTooSmall      = 422 // RFC 4028
	IntervalTooBrief             = 423 // RFC 3261 §21.4.17
	BadLocationInformation       = 424 // RFC 6442
	BadAlertMessage              = 425 // RFC 8876
	UseIdentityHeader            = 428 // RFC 8224
	ProvideReferrerIdentity      = 429 // RFC 3892
	FlowFailed                   = 430 // RFC 5626
	AnonymityDisallowed          = 433 // RFC 5079
	BadIdentityInfo              = 436 // RFC 8224
	UnsupportedCredential        = 437 // RFC 8224
	InvalidIdentityHeader        = 438 // RFC 8224
	FirstHopLacksOutboundSupport = 439 // RFC 5626
	MaxBreadthExceeded           = 440 // RFC 5393
	BadInfoPackage               = 469 // RFC 6086
	ConsentNeeded                = 470 // RFC 5360
	TemporarilyUnavailable       = 480 // RFC 3261 §21.4.18
	CallTransactionDoesNotExist  = 481 // RFC 3261 §21.4.19
	LoopDetected                 = 482 // RFC 3261 §21.4.20
	TooManyHops                  = 483 // RFC 3261 §21.4.21
	AddressIncomplete            = 484 // RFC 3261 §21.4.22
	Ambiguous                    = 485 // RFC 3261 §21.4.23
	BusyHere                     = 486 // RFC 3261 §21.4.24
	RequestTerminated            = 487 // RFC 3261 §21.4.25
	NotAcceptableHere            = 488 // RFC 3261 §21.4.26
	BadEvent                     = 489 // RFC 6665
	RequestPending               = 491 // RFC 3261 §21.4.27
	Undecipherable               = 493 // RFC 3261 §21.4.28
	SecurityAgreementRequired    = 494 // RFC 3329

	ServerInternalError                 = 500 // RFC 3261 §21.5.1
	NotImplemented                      = 501 // RFC 3261 §21.5.2
	BadGateway                          = 502 // RFC 3261 §21.5.3
	ServiceUnavailable                  = 503 // RFC 3261 §21.5.4
	ServerTimeOut                       = 504 // RFC 3261 §21.5.5
	VersionNotSupported                 = 505 // RFC 3261 §21.5.6
	MessageTooLarge                     = 513 // RFC 3261 §21.5.7
	PushNotificationServiceNotSupported = 555 // RFC 8599
	PreconditionFailure                 = 580 // RFC 3312

	BusyEverywhere        = 600 // RFC 3261 §21.6.1
	Decline               = 603 // RFC 3261 §21.6.2
	DoesNotExistAnywhere  = 604 // RFC 3261 §21.6.3
	NotAcceptableAnywhere = 606 // RFC 3261 §21.6.4 (phrase "Not Acceptable", like 406)
	Unwanted              = 607 // RFC 8197
	Rejected              = 608 // RFC 8688
)
