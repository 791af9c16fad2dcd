from django.contrib.auth import get_user_model
from django.db import models

UserModel = get_user_model()


class Event(models.Model):
    data = models.PositiveBigIntegerField(null=True)
    published = models.CharField(max_length=150, null=True, blank=True)
    members = models.ManyToManyField(UserModel, related_name='event_members', blank=True)
    choice = models.OneToOneField('articles.Choice', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='events_1')
    writer = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='events_2')

    class Meta:
        ordering = ['-choice']
        unique_together = [['published', 'choice']]
        constraints = [
            models.UniqueConstraint(fields=['writer', 'choice'], name='event_writer_choice_uniq'),
        ]


class Order(models.Model):
    level = models.IntegerField()
    done = models.DecimalField(max_digits=10, decimal_places=0, blank=True, db_column='done_col')
    attachment = models.DateField(null=True)
    position = models.PositiveSmallIntegerField(null=True)
    weight = models.CharField(max_length=50, db_index=True)
    like_reviews = models.ManyToManyField('community.Review', related_name='order_like_reviews', blank=True)
    genre = models.ForeignKey('community.Genre', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='orders_1', db_index=False)

    class Meta:
        ordering = ['-done']
        constraints = [
            models.UniqueConstraint(fields=['level', 'genre'], name='order_level_genre_uniq'),
        ]
        indexes = [
            models.Index(fields=['position'], name='order_position_idx'),
        ]
