from django.db import models


class Category(models.Model):
    title = models.ImageField(upload_to='images/')
    status = models.PositiveSmallIntegerField(blank=True)
    opens = models.TimeField(null=True, blank=True)
    level = models.JSONField()
    stock = models.FileField(upload_to='images/', null=True, blank=True)
    memo = models.JSONField(default=dict)
    note_ref = models.ForeignKey('music.Note', on_delete=models.CASCADE, null=True, blank=True, related_name='categorys_0', db_column='note_ref_key', db_index=False)

    class Meta:
        ordering = ['-level']
        verbose_name = 'category item'
