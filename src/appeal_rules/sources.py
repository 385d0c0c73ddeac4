"""Where a rule comes from: the act, the provision, a link, and whether the text was read.

>>> from appeal_rules.sources import Source
>>> s = Source("Civil Code", "art. 173", "https://adilet.zan.kz/eng/docs/K940001000_", confirmed=True)
>>> s.cite()
'Civil Code, art. 173'
"""

from __future__ import annotations

import attrs

__all__ = ["Source"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen
class Source:
    """One source of a rule.

    ``confirmed`` is true when the rule was read in the text of the act (or an official
    explainer quoting it); false when the library infers it (the ``note`` says how).

    >>> Source("Law No. 88-V", "art. 25", "https://example.invalid", confirmed=False, note="inferred").confirmed
    False
    """

    act: str
    provision: str
    url: str
    confirmed: bool
    note: str = ""

    def cite(self) -> str:
        """A short citation: act and provision.

        >>> Source("APPC", "art. 91(4)", "https://adilet.zan.kz/rus/docs/K2000000350", True).cite()
        'APPC, art. 91(4)'
        """
        return f"{self.act}, {self.provision}"
