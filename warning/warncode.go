package warning

// Registered warn-codes, named after their IANA warn-text, with the section
// that defines each.
const (
	IncompatibleNetworkProtocol       = 300 // RFC 3261 §20.43
	IncompatibleNetworkAddressFormats = 301 // RFC 3261 §20.43
	IncompatibleTransportProtocol     = 302 // RFC 3261 §20.43
	IncompatibleBandwidthUnits        = 303 // RFC 3261 §20.43
	MediaTypeNotAvailable             = 304 // RFC 3261 §20.43
	IncompatibleMediaFormat           = 305 // RFC 3261 §20.43
	AttributeNotUnderstood            = 306 // RFC 3261 §20.43
	SessionParameterNotUnderstood     = 307 // RFC 3261 §20.43
	IncompatibleLanguage              = 308 // RFC 8373 §6.2
	MulticastNotAvailable             = 330 // RFC 3261 §20.43
	UnicastNotAvailable               = 331 // RFC 3261 §20.43
	InsufficientBandwidth             = 370 // RFC 3261 §20.43
	SIPSNotAllowed                    = 380 // RFC 5630 §9
	SIPSRequired                      = 381 // RFC 5630 §9
	MiscellaneousWarning              = 399 // RFC 3261 §20.43
)
