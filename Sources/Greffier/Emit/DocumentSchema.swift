/// `schemas/document.schema.json`, built in so that `greffier schema` works from any folder.
/// An end-to-end test checks that this copy and the file are identical.
public enum DocumentSchema {
    public static let text = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://greffier.invalid/schemas/document.schema.json",
  "title": "greffier document record",
  "description": "Typed record extracted by greffier from a French administrative text.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "schemaVersion",
    "source",
    "kind",
    "title",
    "date",
    "nor",
    "reference",
    "parties",
    "signature",
    "signatories",
    "period",
    "legalReferences",
    "programmes",
    "chorus",
    "budget",
    "findings",
    "repairs"
  ],
  "properties": {
    "schemaVersion": {
      "const": 1,
      "description": "Version of this record format."
    },
    "source": {
      "type": "object",
      "description": "The input file the record was extracted from.",
      "additionalProperties": false,
      "required": [
        "path",
        "sha256",
        "bytes",
        "encoding"
      ],
      "properties": {
        "path": {
          "type": "string",
          "description": "Path of the input file as given to the tool."
        },
        "sha256": {
          "type": "string",
          "description": "SHA-256 digest of the raw input bytes, lowercase hex.",
          "pattern": "^[0-9a-f]{64}$"
        },
        "bytes": {
          "type": "integer",
          "minimum": 0,
          "description": "Size of the input file in bytes."
        },
        "encoding": {
          "description": "Detected text encoding of the input, or null when unknown or unreadable.",
          "enum": [
            "utf-8",
            "utf-8-bom",
            "utf-16le",
            "utf-16be",
            "windows-1252",
            null
          ]
        }
      }
    },
    "kind": {
      "description": "Kind of administrative act.",
      "enum": [
        "convention",
        "avenant",
        "instruction",
        "circulaire",
        "arrete",
        "decision",
        "other"
      ]
    },
    "title": {
      "type": [
        "string",
        "null"
      ],
      "description": "Title of the act."
    },
    "date": {
      "description": "Date of the act.",
      "anyOf": [
        {
          "$ref": "#/$defs/date"
        },
        {
          "type": "null"
        }
      ]
    },
    "nor": {
      "description": "The act's own NOR, or null when absent.",
      "anyOf": [
        {
          "type": "object",
          "description": "The act's own NOR identifier.",
          "additionalProperties": false,
          "required": [
            "value",
            "ministry",
            "service",
            "year",
            "sequence",
            "nature",
            "span"
          ],
          "properties": {
            "value": {
              "type": "string",
              "description": "Normalised NOR (4 letters, 7 digits, 1 letter).",
              "pattern": "^[A-Z]{4}[0-9]{7}[A-Z]$"
            },
            "ministry": {
              "type": "string",
              "description": "Three-letter ministry code."
            },
            "service": {
              "type": "string",
              "description": "One-letter service code."
            },
            "year": {
              "type": "integer",
              "description": "Four-digit year encoded in the NOR."
            },
            "sequence": {
              "type": "string",
              "description": "Five-character sequence number."
            },
            "nature": {
              "type": "string",
              "description": "One-letter nature-of-act code."
            },
            "span": {
              "$ref": "#/$defs/span",
              "description": "Span of the item in the source text."
            },
            "raw": {
              "type": "string",
              "description": "NOR text as it stands in the source, present only when the value was repaired."
            }
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "reference": {
      "type": [
        "string",
        "null"
      ],
      "description": "The act's own reference number: an instruction's or note's reference, a convention's or avenant's number written right after its kind; null when the heading gives none."
    },
    "parties": {
      "type": "array",
      "description": "Parties to the act.",
      "items": {
        "type": "object",
        "description": "A party to the act.",
        "additionalProperties": false,
        "required": [
          "role",
          "name",
          "acronym",
          "representative",
          "address",
          "span"
        ],
        "properties": {
          "role": {
            "description": "Role of the party in the act.",
            "enum": [
              "delegant",
              "delegataire",
              "partie"
            ]
          },
          "name": {
            "type": "string",
            "description": "Name of the party."
          },
          "acronym": {
            "type": [
              "string",
              "null"
            ],
            "description": "Short name the act gives the party: the acronym in parentheses after its name (`(DGS)`), else its « ci-après désigné(e) » name when that is not a role (`« DNUM ministérielle »`); null when neither is given."
          },
          "representative": {
            "description": "Person representing the party, or null when not stated.",
            "anyOf": [
              {
                "type": "object",
                "description": "Person representing the party.",
                "additionalProperties": false,
                "required": [
                  "name",
                  "title"
                ],
                "properties": {
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Name of the representative."
                  },
                  "title": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Title or function of the representative."
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "address": {
            "type": [
              "string",
              "null"
            ],
            "description": "Postal address of the party."
          },
          "span": {
            "$ref": "#/$defs/span",
            "description": "Span of the item in the source text."
          }
        }
      }
    },
    "signature": {
      "description": "Signature details, or null when absent.",
      "anyOf": [
        {
          "type": "object",
          "description": "Signature details of the act.",
          "additionalProperties": false,
          "required": [
            "date",
            "place",
            "span"
          ],
          "properties": {
            "date": {
              "description": "Date of signature.",
              "anyOf": [
                {
                  "$ref": "#/$defs/date"
                },
                {
                  "type": "null"
                }
              ]
            },
            "place": {
              "type": [
                "string",
                "null"
              ],
              "description": "Place of signature."
            },
            "span": {
              "$ref": "#/$defs/span",
              "description": "Span of the item in the source text."
            }
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "signatories": {
      "type": "array",
      "description": "People who signed the act.",
      "items": {
        "type": "object",
        "description": "A signatory of the act.",
        "additionalProperties": false,
        "required": [
          "name",
          "title",
          "party",
          "span"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Name of the signatory."
          },
          "title": {
            "type": [
              "string",
              "null"
            ],
            "description": "Title or function of the signatory."
          },
          "party": {
            "type": [
              "string",
              "null"
            ],
            "description": "Party on whose behalf the signatory signs."
          },
          "span": {
            "$ref": "#/$defs/span",
            "description": "Span of the item in the source text."
          }
        }
      }
    },
    "period": {
      "description": "Period of validity, or null when not stated.",
      "anyOf": [
        {
          "type": "object",
          "description": "Period of validity of the act.",
          "additionalProperties": false,
          "required": [
            "start",
            "startsOn",
            "end",
            "extendableUntil"
          ],
          "properties": {
            "start": {
              "description": "Explicit start date.",
              "anyOf": [
                {
                  "$ref": "#/$defs/date"
                },
                {
                  "type": "null"
                }
              ]
            },
            "startsOn": {
              "description": "Event that starts the act when no explicit start date is given.",
              "enum": [
                "signature",
                "lastSignature",
                null
              ]
            },
            "end": {
              "description": "End date.",
              "anyOf": [
                {
                  "$ref": "#/$defs/date"
                },
                {
                  "type": "null"
                }
              ]
            },
            "extendableUntil": {
              "description": "Latest date to which the act may be extended.",
              "anyOf": [
                {
                  "$ref": "#/$defs/date"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "legalReferences": {
      "type": "array",
      "description": "Legal acts cited by the act.",
      "items": {
        "type": "object",
        "description": "A cited legal act.",
        "additionalProperties": false,
        "required": [
          "type",
          "number",
          "date",
          "span"
        ],
        "properties": {
          "type": {
            "description": "Type of the cited act.",
            "enum": [
              "decret",
              "arrete",
              "loi",
              "circulaire",
              "instruction"
            ]
          },
          "number": {
            "type": [
              "string",
              "null"
            ],
            "description": "Number of the cited act, without the 'n°' prefix."
          },
          "date": {
            "description": "Date of the cited act.",
            "anyOf": [
              {
                "$ref": "#/$defs/date"
              },
              {
                "type": "null"
              }
            ]
          },
          "span": {
            "$ref": "#/$defs/span",
            "description": "Span of the item in the source text."
          }
        }
      }
    },
    "programmes": {
      "type": "array",
      "description": "Budget programmes concerned by the act.",
      "items": {
        "type": "object",
        "description": "A budget programme.",
        "additionalProperties": false,
        "required": [
          "number",
          "label",
          "span"
        ],
        "properties": {
          "number": {
            "type": "string",
            "description": "Programme number without leading zeros.",
            "pattern": "^[0-9]{1,3}$"
          },
          "label": {
            "type": [
              "string",
              "null"
            ],
            "description": "Programme label as written in the act."
          },
          "span": {
            "description": "Span of the first mention, or null when implied by Chorus codes.",
            "anyOf": [
              {
                "$ref": "#/$defs/span"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      }
    },
    "chorus": {
      "type": "array",
      "description": "Chorus accounting codes found in the act.",
      "items": {
        "type": "object",
        "description": "A Chorus code.",
        "additionalProperties": false,
        "required": [
          "kind",
          "value",
          "span"
        ],
        "properties": {
          "kind": {
            "description": "Kind of Chorus code.",
            "enum": [
              "centreFinancier",
              "domaineFonctionnel",
              "activite",
              "centreDeCouts",
              "codePAM",
              "serviceExecutant",
              "localisationInterministerielle",
              "marche"
            ]
          },
          "value": {
            "type": "string",
            "description": "Code value."
          },
          "raw": {
            "type": "string",
            "description": "Code text as it stands in the source, present only when the value was repaired."
          },
          "holder": {
            "type": "string",
            "description": "Holder (titulaire) of a marché, present only when named."
          },
          "span": {
            "$ref": "#/$defs/span",
            "description": "Span of the item in the source text."
          }
        }
      }
    },
    "budget": {
      "type": "object",
      "description": "Budget information of the act.",
      "additionalProperties": false,
      "required": [
        "ceiling",
        "tables"
      ],
      "properties": {
        "ceiling": {
          "description": "Overall spending ceiling, or null when not stated.",
          "anyOf": [
            {
              "$ref": "#/$defs/amount"
            },
            {
              "type": "null"
            }
          ]
        },
        "tables": {
          "type": "array",
          "description": "Budget tables found in the act.",
          "items": {
            "type": "object",
            "description": "A budget table.",
            "additionalProperties": false,
            "required": [
              "title",
              "columns",
              "rows",
              "span"
            ],
            "properties": {
              "title": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Title of the table."
              },
              "columns": {
                "type": "array",
                "description": "Amount columns of the table.",
                "items": {
                  "type": "object",
                  "description": "An amount column.",
                  "additionalProperties": false,
                  "required": [
                    "header",
                    "measure",
                    "year"
                  ],
                  "properties": {
                    "header": {
                      "type": "string",
                      "description": "Column header as written."
                    },
                    "measure": {
                      "description": "What the column measures (AE, CP, both, or a total).",
                      "enum": [
                        "ae",
                        "cp",
                        "aeCp",
                        "total",
                        null
                      ]
                    },
                    "year": {
                      "type": [
                        "integer",
                        "null"
                      ],
                      "description": "Budget year of the column."
                    }
                  }
                }
              },
              "rows": {
                "type": "array",
                "description": "Rows of the table.",
                "items": {
                  "type": "object",
                  "description": "A table row.",
                  "additionalProperties": false,
                  "required": [
                    "label",
                    "group",
                    "isTotal",
                    "cells"
                  ],
                  "properties": {
                    "label": {
                      "type": "string",
                      "description": "Row label."
                    },
                    "group": {
                      "type": [
                        "string",
                        "null"
                      ],
                      "description": "Group the row belongs to."
                    },
                    "isTotal": {
                      "type": "boolean",
                      "description": "Whether the row is a total row."
                    },
                    "cells": {
                      "type": "array",
                      "description": "Amounts, one per column, null when empty.",
                      "items": {
                        "description": "Cell amount, or null when empty.",
                        "anyOf": [
                          {
                            "$ref": "#/$defs/amount"
                          },
                          {
                            "type": "null"
                          }
                        ]
                      }
                    }
                  }
                }
              },
              "span": {
                "$ref": "#/$defs/span",
                "description": "Span of the item in the source text."
              }
            }
          }
        }
      }
    },
    "findings": {
      "type": "array",
      "description": "Diagnostics produced during extraction.",
      "items": {
        "$ref": "#/$defs/finding"
      }
    },
    "repairs": {
      "type": "array",
      "description": "Corrections applied to the source text, in text order.",
      "items": {
        "$ref": "#/$defs/repair"
      }
    },
    "error": {
      "type": "object",
      "description": "Error reported when the input could not be read.",
      "additionalProperties": false,
      "required": [
        "code",
        "message"
      ],
      "properties": {
        "code": {
          "type": "string",
          "description": "Machine-readable error code."
        },
        "message": {
          "type": "string",
          "description": "Human-readable error message."
        }
      }
    }
  },
  "$defs": {
    "span": {
      "type": "array",
      "description": "Half-open [start, end] UTF-8 byte offsets of the original input (before any decoding or normalization), whatever its encoding.",
      "prefixItems": [
        {
          "type": "integer",
          "minimum": 0,
          "description": "Start offset (inclusive)."
        },
        {
          "type": "integer",
          "minimum": 0,
          "description": "End offset (exclusive)."
        }
      ],
      "items": false,
      "minItems": 2,
      "maxItems": 2
    },
    "date": {
      "type": "string",
      "description": "Calendar date in ISO 8601 format (YYYY-MM-DD).",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
    },
    "amount": {
      "type": "number",
      "description": "Amount in euros."
    },
    "finding": {
      "type": "object",
      "description": "A diagnostic produced while extracting the record.",
      "additionalProperties": false,
      "required": [
        "severity",
        "code",
        "message",
        "span"
      ],
      "properties": {
        "severity": {
          "description": "Severity of the finding.",
          "enum": [
            "error",
            "warning",
            "info"
          ]
        },
        "code": {
          "type": "string",
          "description": "Dotted machine-readable finding code.",
          "pattern": "^[a-z0-9]+(\\.[a-z0-9-]+)+$"
        },
        "message": {
          "type": "string",
          "description": "Human-readable explanation of the finding."
        },
        "span": {
          "description": "Span the finding refers to, or null when it concerns the whole document.",
          "anyOf": [
            {
              "$ref": "#/$defs/span"
            },
            {
              "type": "null"
            }
          ]
        }
      }
    },
    "repair": {
      "type": "object",
      "description": "A correction applied to text as it stands to obtain an emitted value.",
      "additionalProperties": false,
      "required": [
        "span",
        "raw",
        "value",
        "rule"
      ],
      "properties": {
        "span": {
          "$ref": "#/$defs/span",
          "description": "Span of the repaired text in the source."
        },
        "raw": {
          "type": "string",
          "description": "Text as it stands in the source."
        },
        "value": {
          "type": "string",
          "description": "Repaired value."
        },
        "rule": {
          "type": "string",
          "description": "Identifier of the repair rule applied."
        }
      }
    }
  }
}

"""#
}
