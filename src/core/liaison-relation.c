/* liaison-relation.c — a typed, sourced link between two actors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "liaison-relation"

#include "config.h"

#include "liaison-core.h"
#include "liaison-relation.h"

struct _LiaisonRelation
{
  GObject              parent_instance;

  char                *id;
  LiaisonActor        *source;
  LiaisonActor        *target;
  char                *label;
  GPtrArray           *evidence;  /* LiaisonSpan*, sorted, no duplicates */
  double               confidence;
  LiaisonRelationKind  kind;
  LiaisonOrigin        origin;
};

G_DEFINE_FINAL_TYPE (LiaisonRelation, liaison_relation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_KIND,
  PROP_LABEL,
  PROP_CONFIDENCE,
  PROP_ORIGIN,
  PROP_N_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
liaison_relation_dispose (GObject *object)
{
  LiaisonRelation *self = LIAISON_RELATION (object);

  g_clear_object (&self->source);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (liaison_relation_parent_class)->dispose (object);
}

static void
liaison_relation_finalize (GObject *object)
{
  LiaisonRelation *self = LIAISON_RELATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);

  G_OBJECT_CLASS (liaison_relation_parent_class)->finalize (object);
}

static void
liaison_relation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LiaisonRelation *self = LIAISON_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;

    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;

    case PROP_N_EVIDENCE:
      g_value_set_uint (value, self->evidence->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_relation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LiaisonRelation *self = LIAISON_RELATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_SOURCE:
      liaison_relation_set_source (self, g_value_get_object (value));
      break;

    case PROP_TARGET:
      liaison_relation_set_target (self, g_value_get_object (value));
      break;

    case PROP_KIND:
      liaison_relation_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_LABEL:
      liaison_relation_set_label (self, g_value_get_string (value));
      break;

    case PROP_CONFIDENCE:
      liaison_relation_set_confidence (self, g_value_get_double (value));
      break;

    case PROP_ORIGIN:
      liaison_relation_set_origin (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_relation_class_init (LiaisonRelationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liaison_relation_dispose;
  object_class->finalize = liaison_relation_finalize;
  object_class->get_property = liaison_relation_get_property;
  object_class->set_property = liaison_relation_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL,
                         LIAISON_TYPE_ACTOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL,
                         LIAISON_TYPE_ACTOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LIAISON_TYPE_RELATION_KIND,
                       LIAISON_RELATION_KIND_MET_WITH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The text's own verb phrase: "pledged to deepen". */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL,
                         0.0, 1.0, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       LIAISON_TYPE_ORIGIN,
                       LIAISON_ORIGIN_EXTRACTED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_EVIDENCE] =
    g_param_spec_uint ("n-evidence", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_relation_init (LiaisonRelation *self)
{
  self->confidence = 1.0;
  self->origin = LIAISON_ORIGIN_EXTRACTED;
  self->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) liaison_span_free);
}

/**
 * liaison_relation_new:
 * @id: a stable identifier, unique in its document
 * @source: the actor the relation starts from
 * @target: the actor it points to
 * @kind: what the relation says
 *
 * Returns: (transfer full): a new #LiaisonRelation
 */
LiaisonRelation *
liaison_relation_new (const char          *id,
                      LiaisonActor        *source,
                      LiaisonActor        *target,
                      LiaisonRelationKind  kind)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (LIAISON_IS_ACTOR (source), NULL);
  g_return_val_if_fail (LIAISON_IS_ACTOR (target), NULL);

  return g_object_new (LIAISON_TYPE_RELATION,
                       "id", id,
                       "source", source,
                       "target", target,
                       "kind", kind,
                       NULL);
}

const char *
liaison_relation_get_id (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), NULL);

  return self->id;
}

/**
 * liaison_relation_get_source:
 * @self: a #LiaisonRelation
 *
 * Returns: (transfer none): the actor the relation starts from
 */
LiaisonActor *
liaison_relation_get_source (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), NULL);

  return self->source;
}

/**
 * liaison_relation_set_source:
 * @self: a #LiaisonRelation
 * @source: the actor the relation starts from
 *
 * For a relation not yet in a document. A relation cannot tell which document holds it, so
 * this cannot check that @source is in the same one: for a relation of a document, use
 * liaison_document_set_relation_ends(), which does.
 */
void
liaison_relation_set_source (LiaisonRelation *self,
                             LiaisonActor    *source)
{
  g_return_if_fail (LIAISON_IS_RELATION (self));
  g_return_if_fail (LIAISON_IS_ACTOR (source));

  if (g_set_object (&self->source, source))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * liaison_relation_get_target:
 * @self: a #LiaisonRelation
 *
 * Returns: (transfer none): the actor the relation points to
 */
LiaisonActor *
liaison_relation_get_target (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), NULL);

  return self->target;
}

/**
 * liaison_relation_set_target:
 * @self: a #LiaisonRelation
 * @target: the actor the relation points to
 *
 * For a relation not yet in a document: see liaison_relation_set_source().
 */
void
liaison_relation_set_target (LiaisonRelation *self,
                             LiaisonActor    *target)
{
  g_return_if_fail (LIAISON_IS_RELATION (self));
  g_return_if_fail (LIAISON_IS_ACTOR (target));

  if (g_set_object (&self->target, target))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

/**
 * liaison_relation_get_other:
 * @self: a #LiaisonRelation
 * @actor: one end of the relation
 *
 * Returns: (transfer none) (nullable): the other end, or %NULL if @actor is neither end
 */
LiaisonActor *
liaison_relation_get_other (LiaisonRelation *self,
                            LiaisonActor    *actor)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), NULL);

  if (actor == self->source)
    return self->target;
  if (actor == self->target)
    return self->source;
  return NULL;
}

LiaisonRelationKind
liaison_relation_get_kind (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), 0);

  return self->kind;
}

void
liaison_relation_set_kind (LiaisonRelation     *self,
                           LiaisonRelationKind  kind)
{
  g_return_if_fail (LIAISON_IS_RELATION (self));
  g_return_if_fail (kind < LIAISON_N_RELATION_KINDS);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

gboolean
liaison_relation_is_symmetric (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), FALSE);

  return liaison_relation_kind_is_symmetric (self->kind);
}

/**
 * liaison_relation_connects:
 * @self: a #LiaisonRelation
 * @source: an actor
 * @target: an actor
 * @kind: a relation kind
 *
 * Returns: %TRUE if @self says "@source @kind @target"; for symmetric kinds the direction does
 *   not matter
 */
gboolean
liaison_relation_connects (LiaisonRelation     *self,
                           LiaisonActor        *source,
                           LiaisonActor        *target,
                           LiaisonRelationKind  kind)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), FALSE);

  if (self->kind != kind)
    return FALSE;
  if (self->source == source && self->target == target)
    return TRUE;
  return liaison_relation_kind_is_symmetric (kind) &&
         self->source == target && self->target == source;
}

const char *
liaison_relation_get_label (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), NULL);

  return self->label;
}

void
liaison_relation_set_label (LiaisonRelation *self,
                            const char      *label)
{
  g_return_if_fail (LIAISON_IS_RELATION (self));

  if (label != NULL && *label == '\0')
    label = NULL;
  if (liaison_set_str (&self->label, label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

double
liaison_relation_get_confidence (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), 0.0);

  return self->confidence;
}

void
liaison_relation_set_confidence (LiaisonRelation *self,
                                 double           confidence)
{
  g_return_if_fail (LIAISON_IS_RELATION (self));
  g_return_if_fail (confidence >= 0.0 && confidence <= 1.0);

  if (self->confidence != confidence)
    {
      self->confidence = confidence;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENCE]);
    }
}

LiaisonOrigin
liaison_relation_get_origin (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), 0);

  return self->origin;
}

void
liaison_relation_set_origin (LiaisonRelation *self,
                             LiaisonOrigin    origin)
{
  g_return_if_fail (LIAISON_IS_RELATION (self));

  if (self->origin != origin)
    {
      self->origin = origin;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
    }
}

guint
liaison_relation_get_n_evidence (LiaisonRelation *self)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), 0);

  return self->evidence->len;
}

/**
 * liaison_relation_get_evidence:
 * @self: a #LiaisonRelation
 * @position: less than liaison_relation_get_n_evidence()
 *
 * Evidence is kept in text order.
 *
 * Returns: (transfer none): the evidence span, whose text is the supporting sentence
 */
const LiaisonSpan *
liaison_relation_get_evidence (LiaisonRelation *self,
                               guint            position)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), NULL);
  g_return_val_if_fail (position < self->evidence->len, NULL);

  return g_ptr_array_index (self->evidence, position);
}

/**
 * liaison_relation_add_evidence:
 * @self: a #LiaisonRelation
 * @evidence: a span of an article supporting the relation
 *
 * Returns: %TRUE if added, %FALSE if the relation already had this evidence
 */
gboolean
liaison_relation_add_evidence (LiaisonRelation   *self,
                               const LiaisonSpan *evidence)
{
  g_return_val_if_fail (LIAISON_IS_RELATION (self), FALSE);
  g_return_val_if_fail (evidence != NULL, FALSE);

  if (!liaison_span_array_insert (self->evidence, evidence))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_EVIDENCE]);

  return TRUE;
}

/**
 * liaison_relation_get_n_articles:
 * @self: a relation
 *
 * Returns: how many articles its evidence comes from: its weight in a map of several
 */
guint
liaison_relation_get_n_articles (LiaisonRelation *self)
{
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (LIAISON_IS_RELATION (self), 0);

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < liaison_relation_get_n_evidence (self); i++)
    {
      const LiaisonSpan *span = liaison_relation_get_evidence (self, i);

      if (span->article_id != NULL)
        g_hash_table_add (seen, (gpointer) span->article_id);
    }
  return g_hash_table_size (seen);
}
