"""The rules class of every stage of the English-pattern extractor, in the order the stages run."""

from __future__ import annotations

from .appositive_start import AppositiveStartRules
from .as_of_day import AsOfDayRules
from .attack_in_month import SingleAttackRules
from .attribution import AttributionRules
from .blamed_side import BlamedSideRules
from .body import BodyRules
from .bracket_dates import BracketDateRules
from .bracket_day_said import BracketDaySaidRules
from .bracket_sources import BracketSourceRules
from .capital_ministry import CapitalMinistryRules
from .captor_named import CaptorRules
from .closing_source_line import ClosingSourceRules
from .compared_estimate import ComparedEstimateRules
from .counted_after import CountedRules
from .date_mention_rules import DateMentionRules
from .date_rules import DateRules
from .day_said_before import DaySaidRules
from .days_that_followed import FollowedRules
from .document import DocumentRules
from .duty_clause import DutyClauseRules
from .earlier_report import EarlierReportRules
from .event_ended import EventEndedRules
from .existential_losses import ExistentialRules
from .extract_rules import ExtractRules
from .first_day_of import FirstDayRules
from .first_days import FirstDaysRules
from .force_member import ForceMemberRules
from .formation_in_view import FormationRules
from .formation_opposed import FormationOpposedRules
from .group_named_after import GroupNamedAfterRules
from .holiday_dates import HolidayDateRules
from .identified_one import IdentifiedOneRules
from .image_date import ImageDateRules
from .label_year import LabelYearRules
from .line_sources import LineSourceRules
from .list_heading_side import ListHeadingRules
from .loser_pronoun import LoserPronounRules
from .loss_frame import LossFrameRules
from .losses_suffered_before import LossesSufferedRules
from .measure import MeasureRules
from .months_to_month import MonthsToMonthRules
from .named_period import NamedPeriodRules
from .numbered_paragraphs import NumberedParagraphRules
from .numbers import NumberRules
from .office_place import OfficePlaceRules
from .own_count_clause import OwnCountClauseRules
from .own_dead_told import OwnDeadRules
from .part_subject import PartSubjectRules
from .partner_source import PartnerSourceRules
from .place_pointer import PlacePointerRules
from .possessed_office import PossessedOfficeRules
from .rated_claim import RatedClaimRules
from .relative_sources import RelativeSourceRules
from .reported_bare import ReportedBareRules
from .restated_whole import RestatedWholeRules
from .returned_bodies import ReturnedBodiesRules
from .revised_figure import RevisedFigureRules
from .season_after import SeasonAfterRules
from .since_then import SinceThenRules
from .sources import Phrase
from .span_context import SpanContextRules
from .span_pointed_back import SpanPointerRules
from .standing_state import StandingStateRules
from .surname_label import SurnameLabelRules
from .table_sources import TableSourceRules
from .that_month import ThatMonthRules
from .time_clause_modal import TimeClauseRules
from .told_before import ToldBeforeRules
from .toll_kept_rising import TollKeptRisingRules
from .toll_raised import TollRaisedRules
from .trade_fell_fighting import TradeFellRules
from .transcript_labels import TranscriptLabelRules
from .treated_wounded import TreatedRules
from .victims_named_after import VictimsNamedAfterRules
from .voice_side import VoiceSideRules
from .war_winter import WinterRules
from .weekday_back import WeekdayBackRules
from .weekend_back import WeekendRules
from .whole_year import WholeYearRules
from .withdrawn_figures import WithdrawnRules
from .year_summed import YearSummedRules

#: Every stage's rules class, in the order the stages run. A grammar builds them all when first used
#: (``stage_grammar``): a grammar that lacks a name the stages read fails at once, naming the file and the name.
STAGE_RULES: tuple[type, ...] = (BodyRules, NumberRules, DateMentionRules, DateRules, DocumentRules, Phrase,
                                 AttributionRules, LineSourceRules, LossFrameRules, SpanContextRules, MeasureRules,
                                 ToldBeforeRules, ExtractRules, TranscriptLabelRules, ForceMemberRules, DaySaidRules,
                                 ImageDateRules, SurnameLabelRules, LabelYearRules, AsOfDayRules,
                                 VictimsNamedAfterRules, SinceThenRules, HolidayDateRules, SeasonAfterRules,
                                 ExistentialRules, BracketDateRules, ReturnedBodiesRules, BracketSourceRules,
                                 GroupNamedAfterRules, FirstDaysRules,
                                 LoserPronounRules, ReportedBareRules, TableSourceRules, PlacePointerRules,
                                 FormationRules, WithdrawnRules, RevisedFigureRules, PartnerSourceRules,
                                 OwnDeadRules, RelativeSourceRules, PartSubjectRules, WholeYearRules,
                                 OwnCountClauseRules, EarlierReportRules, SpanPointerRules, FormationOpposedRules,
                                 ListHeadingRules, CountedRules, AppositiveStartRules, ClosingSourceRules,
                                 MonthsToMonthRules, NamedPeriodRules, BracketDaySaidRules, TollRaisedRules,
                                 TradeFellRules, NumberedParagraphRules, StandingStateRules, RatedClaimRules,
                                 SingleAttackRules, EventEndedRules, LossesSufferedRules, CapitalMinistryRules,
                                 RestatedWholeRules, PossessedOfficeRules, CaptorRules, IdentifiedOneRules,
                                 WeekendRules, WinterRules, OfficePlaceRules, BlamedSideRules, FollowedRules,
                                 ThatMonthRules, WeekdayBackRules, DutyClauseRules, TimeClauseRules,
                                 TreatedRules, YearSummedRules, FirstDayRules, TollKeptRisingRules,
                                 ComparedEstimateRules, VoiceSideRules)
